"""Reports which boto3 it imported."""
import boto3


def lambda_handler(event, context):
    return {"bundledBoto3": getattr(boto3, "BUNDLED", False)}
