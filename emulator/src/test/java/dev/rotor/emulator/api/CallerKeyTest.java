package dev.rotor.emulator.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The access key id a request is signed with, as SigV4 puts it in the Authorization header. */
class CallerKeyTest {

    @Test
    void theAccessKeyIdIsReadFromTheCredentialScope() {
        String header = "AWS4-HMAC-SHA256 Credential=ASIAABCDEFGHIJKLMNOP/20260101/us-east-1/secretsmanager/aws4_request,"
                + " SignedHeaders=host;x-amz-date;x-amz-target, Signature=0123abcd";

        assertThat(CallerKey.accessKeyId(header)).isEqualTo("ASIAABCDEFGHIJKLMNOP");
    }

    @Test
    void anUnsignedRequestOrAnotherShapeHasNone() {
        assertThat(CallerKey.accessKeyId(null)).isNull();
        assertThat(CallerKey.accessKeyId("Bearer abc")).isNull();
        assertThat(CallerKey.accessKeyId("AWS4-HMAC-SHA256 Credential=/20260101/x")).isNull();
    }
}
