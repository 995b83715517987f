package dev.rotor.testfunctions;

/** {@link ServiceRotation} that sleeps forever at the step named by {@code HANG_AT_STEP} (every step when unset). */
public class HangingRotation extends ServiceRotation {

    @Override
    protected void beforeStep(String step) {
        String hangAt = System.getenv("HANG_AT_STEP");
        if (hangAt == null || hangAt.isEmpty() || hangAt.equals(step)) {
            System.out.println("hanging at step " + step);
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // a hung function ignores interrupts too
                }
            }
        }
    }
}
