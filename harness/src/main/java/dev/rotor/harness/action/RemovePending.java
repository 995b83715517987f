package dev.rotor.harness.action;

import dev.rotor.harness.secret.Labels;

import java.util.List;
import java.util.Map;

/** Remove a stray AWSPENDING label (what AWS's guide says to do after a cancelled or failed rotation). */
public record RemovePending(int line) implements Action {

    @Override
    public String kind() {
        return "remove-pending";
    }

    @Override
    public ActionOutcome execute(ActionContext context) {
        Map<String, List<String>> stages = context.secret().stages();
        String pending = Labels.holder(stages, Labels.PENDING);
        if (pending == null || pending.equals(Labels.holder(stages, Labels.CURRENT))) {
            return ActionOutcome.done("no stray AWSPENDING to remove");
        }
        context.secretsManager().updateSecretVersionStage(r -> r.secretId(context.secret().arn())
                .versionStage(Labels.PENDING).removeFromVersionId(pending));
        return ActionOutcome.done("AWSPENDING removed from version " + pending.substring(0, 8));
    }
}
