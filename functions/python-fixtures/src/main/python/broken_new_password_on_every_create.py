"""BROKEN TEST FIXTURE, never deploy: single user, but createSecret puts a new password even when the token has its
pending version already, so a retried createSecret fails (Secrets Manager retries steps). The harness's idempotency
invariant must catch it."""

import mysql_rotation as rotation
import single_user
from mysql_rotation import logger


def create_secret(client, arn, token):
    current = rotation.read_secret(client, arn, "AWSCURRENT")
    logger.info("BROKEN: createSecret does not look for an existing pending version")
    current["password"] = rotation.random_password(client)
    rotation.put_pending(client, arn, token, current)


def lambda_handler(event, context):
    rotation.run_step(event, dict(single_user.STEPS, createSecret=create_secret))
