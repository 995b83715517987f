"""What both MySQL rotation strategies share: the rotation preamble, reading and writing versions, passwords, logins.

Written for Rotor's tests the way a team writes its own rotation Lambda, with AWS's Secrets Manager rotation templates
as the model. PyMySQL is bundled in the package (the build copies Debian's); boto3 comes from the runtime.
"""

import json
import logging
import os
import ssl

import boto3
import pymysql

logger = logging.getLogger()
logger.setLevel(logging.INFO)

CREDENTIAL_KEYS = ("host", "username", "password")
DEFAULT_EXCLUDED = "/@\"'\\"


class RotationError(Exception):
    """The secret or the database is not in a state this step can work with."""


def secrets_client():
    endpoint = os.environ.get("SECRETS_MANAGER_ENDPOINT")
    return boto3.client("secretsmanager", endpoint_url=endpoint) if endpoint else boto3.client("secretsmanager")


def run_step(event, steps):
    """Checks the token is the pending version of a secret being rotated, then runs the event's step."""
    arn, token, step = event["SecretId"], event["ClientRequestToken"], event["Step"]
    client = secrets_client()
    metadata = client.describe_secret(SecretId=arn)
    if metadata.get("RotationEnabled") is False:
        raise RotationError("secret %s is not enabled for rotation" % arn)
    stages = metadata.get("VersionIdsToStages", {})
    if token not in stages:
        raise RotationError("version %s has no stage for rotation of secret %s" % (token, arn))
    if "AWSCURRENT" in stages[token]:
        logger.info("%s: version %s is already AWSCURRENT, nothing to do", step, token)
        return
    if "AWSPENDING" not in stages[token]:
        raise RotationError("version %s is not AWSPENDING for rotation of secret %s" % (token, arn))
    if step not in steps:
        raise RotationError("unknown step %s" % step)
    steps[step](client, arn, token)


def read_secret(client, arn, stage, token=None):
    """The secret's JSON at a stage (and version, if given), with its credential keys checked."""
    request = {"SecretId": arn, "VersionStage": stage}
    if token:
        request["VersionId"] = token
    secret = json.loads(client.get_secret_value(**request)["SecretString"])
    missing = [key for key in CREDENTIAL_KEYS if key not in secret]
    if missing:
        raise RotationError("the %s secret has no %s" % (stage, ", ".join(missing)))
    return secret


def pending_exists(client, arn, token):
    try:
        client.get_secret_value(SecretId=arn, VersionId=token, VersionStage="AWSPENDING")
        return True
    except client.exceptions.ResourceNotFoundException:
        return False


def random_password(client):
    def flag(name, default="false"):
        return os.environ.get(name, default).lower() == "true"

    return client.get_random_password(
        ExcludeCharacters=os.environ.get("EXCLUDE_CHARACTERS", DEFAULT_EXCLUDED),
        PasswordLength=int(os.environ.get("PASSWORD_LENGTH", "32")),
        ExcludeNumbers=flag("EXCLUDE_NUMBERS"),
        ExcludePunctuation=flag("EXCLUDE_PUNCTUATION"),
        ExcludeUppercase=flag("EXCLUDE_UPPERCASE"),
        ExcludeLowercase=flag("EXCLUDE_LOWERCASE"),
        RequireEachIncludedType=flag("REQUIRE_EACH_INCLUDED_TYPE", "true"))["RandomPassword"]


def put_pending(client, arn, token, secret):
    client.put_secret_value(SecretId=arn, ClientRequestToken=token, SecretString=json.dumps(secret),
                            VersionStages=["AWSPENDING"])
    logger.info("createSecret: put the pending version %s", token)


def login(secret):
    """A connection as the secret's user, or None when the login is refused or the server cannot be reached.

    TLS is used when the server offers it, unless the secret says "ssl": false (the certificate is not checked).
    """
    tls = None
    if str(secret.get("ssl", "true")).lower() != "false":
        tls = ssl.create_default_context()
        tls.check_hostname = False
        tls.verify_mode = ssl.CERT_NONE
    try:
        return pymysql.connect(host=secret["host"], port=int(secret.get("port", 3306)), user=secret["username"],
                               password=secret["password"], database=secret.get("dbname"), connect_timeout=5, ssl=tls)
    except pymysql.err.OperationalError as e:
        logger.info("cannot log in as %s (MySQL error %s)", secret["username"], e.args[0])
        return None


def logs_in(secret):
    """Whether the secret's credentials log in now (a retried step finds its work done)."""
    connection = login(secret)
    if connection is None:
        return False
    connection.close()
    return True


def is_mariadb(connection):
    with connection.cursor() as cursor:
        cursor.execute("SELECT VERSION()")
        return "mariadb" in cursor.fetchone()[0].lower()


def test_pending(client, arn, token):
    connection = login(read_secret(client, arn, "AWSPENDING", token))
    if connection is None:
        raise RotationError("testSecret: the pending credentials do not log in")
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT NOW()")
    finally:
        connection.close()
    logger.info("testSecret: the pending credentials log in")


def finish(client, arn, token):
    stages = client.describe_secret(SecretId=arn)["VersionIdsToStages"]
    current = next((version for version, labels in stages.items() if "AWSCURRENT" in labels), None)
    if current == token:
        logger.info("finishSecret: %s is already AWSCURRENT", token)
        return
    client.update_secret_version_stage(SecretId=arn, VersionStage="AWSCURRENT", MoveToVersionId=token,
                                       RemoveFromVersionId=current)
    logger.info("finishSecret: AWSCURRENT moved from %s to %s", current, token)
