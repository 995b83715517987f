"""BROKEN TEST FIXTURE, never deploy: alternating users, but the other user gets one privilege more than the current
user has (PROCESS on everything). The harness's grants invariant must catch it."""

import functools

import alternating_users
import mysql_rotation as rotation
from mysql_rotation import logger


def copy_grants_and_one_more(cursor, source, target):
    alternating_users.copy_all_grants(cursor, source, target)
    logger.info("BROKEN: setSecret grants PROCESS on *.* to %s", target)
    cursor.execute("GRANT PROCESS ON *.* TO %s", (target,))


def lambda_handler(event, context):
    set_secret = functools.partial(alternating_users.set_secret, copy_grants=copy_grants_and_one_more)
    rotation.run_step(event, dict(alternating_users.STEPS, setSecret=set_secret))
