"""Answers with what a Lambda Python function sees: its event, its context, its environment and where it runs."""
import logging
import os
import sys

import boto3

logger = logging.getLogger()
logger.setLevel(logging.INFO)


def lambda_handler(event, context):
    print("printed line for", event.get("say", "nobody"))
    logger.info("logged line for %s", event.get("say", "nobody"))
    return {
        "event": event,
        "requestId": context.aws_request_id,
        "functionName": context.function_name,
        "functionVersion": context.function_version,
        "memoryLimitInMb": context.memory_limit_in_mb,
        "invokedFunctionArn": context.invoked_function_arn,
        "logGroupName": context.log_group_name,
        "logStreamName": context.log_stream_name,
        "remainingMs": context.get_remaining_time_in_millis(),
        "identityId": context.identity.cognito_identity_id,
        "clientContext": context.client_context,
        "env": {name: os.environ.get(name) for name in event.get("env", [])},
        "firstOnPath": sys.path[0],
        "cwd": os.getcwd(),
        "pid": os.getpid(),
        "region": boto3.session.Session().region_name,
    }
