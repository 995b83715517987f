package dev.rotor.harness.result;

import java.time.Duration;
import java.util.List;

/**
 * One action of a scenario (numbered from 1): what was expected, what happened ({@code outcome} e.g. "succeeded", "failed at
 * setSecret"), whether that met the expectation, and the rotation's steps when the action rotated.
 */
public record ActionResult(int index, String kind, String expected, String outcome, boolean met, Duration duration,
                           List<StepResult> steps, String detail) {
}
