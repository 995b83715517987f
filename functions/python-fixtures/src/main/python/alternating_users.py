"""Alternating-users MySQL/MariaDB rotation: an admin (the secret's "masterarn") gives the other user of the pair
(app / app_clone) the new password and the current user's grants, so both users always log in."""

import os

import mysql_rotation as rotation
from mysql_rotation import RotationError, logger

SUFFIX = "_clone"


def other_user(username):
    if username.endswith(SUFFIX):
        return username[:-len(SUFFIX)]
    other = username + SUFFIX
    limit = int(os.environ.get("USERNAME_CHARACTER_LIMIT", "16"))
    if len(other) > limit:
        raise RotationError("the user name %s is longer than USERNAME_CHARACTER_LIMIT (%d)" % (other, limit))
    return other


def create_secret(client, arn, token):
    current = rotation.read_secret(client, arn, "AWSCURRENT")
    if rotation.pending_exists(client, arn, token):
        logger.info("createSecret: the pending version exists already")
        return
    current["username"] = other_user(current["username"])
    current["password"] = rotation.random_password(client)
    rotation.put_pending(client, arn, token, current)


def set_secret(client, arn, token, copy_grants=None):
    pending = rotation.read_secret(client, arn, "AWSPENDING", token)
    if rotation.logs_in(pending):
        logger.info("setSecret: the pending user logs in already")
        return
    current = rotation.read_secret(client, arn, "AWSCURRENT")
    if other_user(current["username"]) != pending["username"] or current["host"] != pending["host"]:
        raise RotationError("setSecret: the pending version is not the current user's twin on the same host")
    if not rotation.logs_in(current):
        raise RotationError("setSecret: the current credentials do not log in")
    admin = rotation.read_secret(client, current["masterarn"], "AWSCURRENT")
    if admin["host"] != current["host"]:
        raise RotationError("setSecret: the admin secret is for another host")
    connection = rotation.login(admin)
    if connection is None:
        raise RotationError("setSecret: the admin credentials do not log in")
    try:
        with connection.cursor() as cursor:
            prepare_user(cursor, current["username"], pending["username"], pending["password"],
                         rotation.is_mariadb(connection), copy_grants or copy_all_grants)
        connection.commit()
        logger.info("setSecret: %s has the current user's grants and the new password", pending["username"])
    finally:
        connection.close()


def prepare_user(cursor, source, target, password, mariadb, copy_grants):
    cursor.execute("SELECT 1 FROM mysql.user WHERE User = %s", (target,))
    if cursor.fetchone() is None:
        cursor.execute("CREATE USER %s IDENTIFIED BY %s", (target, password))
    copy_grants(cursor, source, target)
    cursor.execute("SELECT ssl_type, ssl_cipher, x509_issuer, x509_subject FROM mysql.user WHERE User = %s",
                   (source,))
    ssl_type, cipher, issuer, subject = (value.decode() if isinstance(value, bytes) else value
                                         for value in cursor.fetchone())
    if not ssl_type:
        cursor.execute("ALTER USER %s REQUIRE NONE", (target,))
    elif ssl_type in ("ANY", "X509"):
        cursor.execute("ALTER USER %s REQUIRE " + ("SSL" if ssl_type == "ANY" else "X509"), (target,))
    else:
        cursor.execute("ALTER USER %s REQUIRE CIPHER %s AND ISSUER %s AND SUBJECT %s",
                       (target, cipher, issuer, subject))
    if mariadb:
        cursor.execute("SET PASSWORD FOR %s = PASSWORD(%s)", (target, password))
    else:
        cursor.execute("ALTER USER %s IDENTIFIED BY %s", (target, password))


def copy_all_grants(cursor, source, target):
    """Each line of SHOW GRANTS for the source, given again to the target (the text before " TO ")."""
    cursor.execute("SHOW GRANTS FOR %s", (source,))
    for (grant,) in cursor.fetchall():
        privileges = grant.split(" TO ")[0]
        cursor.execute(privileges.replace("%", "%%") + " TO %s", (target,))


STEPS = {"createSecret": create_secret, "setSecret": set_secret, "testSecret": rotation.test_pending,
         "finishSecret": rotation.finish}


def lambda_handler(event, context):
    rotation.run_step(event, STEPS)
