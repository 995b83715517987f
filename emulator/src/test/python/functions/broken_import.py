"""A module whose own import fails: Lambda reports it as Runtime.ImportModuleError."""
import no_such_dependency  # noqa: F401


def lambda_handler(event, context):
    return "never"
