"""Single-user MySQL/MariaDB rotation: the user changes its own password (the previous one stops working at once)."""

import mysql_rotation as rotation
from mysql_rotation import RotationError, logger


def create_secret(client, arn, token):
    current = rotation.read_secret(client, arn, "AWSCURRENT")
    if rotation.pending_exists(client, arn, token):
        logger.info("createSecret: the pending version exists already")
        return
    current["password"] = rotation.random_password(client)
    rotation.put_pending(client, arn, token, current)


def set_secret(client, arn, token):
    pending = rotation.read_secret(client, arn, "AWSPENDING", token)
    if rotation.logs_in(pending):
        logger.info("setSecret: the pending password is set already")
        return
    current = rotation.read_secret(client, arn, "AWSCURRENT")
    if (current["username"], current["host"]) != (pending["username"], pending["host"]):
        raise RotationError("setSecret: the pending version names another user or host than the current one")
    connection = rotation.login(current) or _login_with_previous(client, arn, pending)
    if connection is None:
        raise RotationError("setSecret: neither the current nor the previous credentials log in")
    try:
        with connection.cursor() as cursor:
            if rotation.is_mariadb(connection):
                cursor.execute("SET PASSWORD = PASSWORD(%s)", (pending["password"],))
            else:
                cursor.execute("ALTER USER CURRENT_USER() IDENTIFIED BY %s", (pending["password"],))
        connection.commit()
        logger.info("setSecret: changed the password of %s", pending["username"])
    finally:
        connection.close()


def _login_with_previous(client, arn, pending):
    try:
        previous = rotation.read_secret(client, arn, "AWSPREVIOUS")
    except client.exceptions.ResourceNotFoundException:
        return None
    if (previous["username"], previous["host"]) != (pending["username"], pending["host"]):
        return None
    return rotation.login(previous)


STEPS = {"createSecret": create_secret, "setSecret": set_secret, "testSecret": rotation.test_pending,
         "finishSecret": rotation.finish}


def lambda_handler(event, context):
    rotation.run_step(event, STEPS)
