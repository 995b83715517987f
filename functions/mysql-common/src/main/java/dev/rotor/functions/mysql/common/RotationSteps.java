package dev.rotor.functions.mysql.common;

/** What one rotation strategy does in each step; called only after the preamble allowed it. */
public interface RotationSteps {

    void createSecret(RotationRequest request);

    void setSecret(RotationRequest request);

    void testSecret(RotationRequest request);

    void finishSecret(RotationRequest request);
}
