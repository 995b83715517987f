"""BROKEN TEST FIXTURE, never deploy: single user, but createSecret keeps only the keys it knows, so custom keys of
the secret (a team's "note", "owner", ...) are lost. The harness's fields invariant must catch it."""

import mysql_rotation as rotation
import single_user
from mysql_rotation import logger

KNOWN_KEYS = ("engine", "host", "port", "username", "password", "dbname")


def create_secret(client, arn, token):
    current = rotation.read_secret(client, arn, "AWSCURRENT")
    if rotation.pending_exists(client, arn, token):
        return
    logger.info("BROKEN: createSecret drops the keys it does not know")
    pending = {key: current[key] for key in KNOWN_KEYS if key in current}
    pending["password"] = rotation.random_password(client)
    rotation.put_pending(client, arn, token, pending)


def lambda_handler(event, context):
    rotation.run_step(event, dict(single_user.STEPS, createSecret=create_secret))
