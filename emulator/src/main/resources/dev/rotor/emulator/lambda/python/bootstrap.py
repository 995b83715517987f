"""Rotor's runtime for Lambda Python functions: the standard library only.

The emulator starts it as ``python bootstrap.py <handler>`` in the function's task root when the interpreter cannot
import ``awslambdaric`` (Lambda's own runtime interface client, which is used instead when it is there). It behaves
as that client does, as a function observes it: the task root first on ``sys.path``; the handler loaded from
``module.function`` (dotted packages allowed); a context object; a raised exception posted as
``{errorMessage, errorType, stackTrace}``; a handler that cannot be loaded posted to ``/runtime/init/error``, after
which the process exits; ``print`` and the root logger writing to unbuffered stdout, the logger as
``[LEVEL]<TAB><time>Z<TAB><request id><TAB><message>``.
"""

import decimal
import http.client
import importlib
import json
import logging
import os
import sys
import time
import traceback

RUNTIME_PATH = "/2018-06-01/runtime"
ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type"
LOG_FORMAT = "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n"

_current_request_id = None


class FaultError(Exception):
    """A failure of the runtime rather than of the handler, reported with Lambda's error type."""

    def __init__(self, error_type, message, trace=None):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.trace = trace


class Unbuffered(object):
    """A stream that flushes every write, so output reaches the log as it is printed."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text):
        self._stream.write(text)
        self._stream.flush()

    def writelines(self, lines):
        self._stream.writelines(lines)
        self._stream.flush()

    def __getattr__(self, name):
        return getattr(self._stream, name)


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _current_request_id or ""
        return True


class StdoutHandler(logging.Handler):
    def emit(self, record):
        try:
            sys.stdout.write(self.format(record))
        except Exception:
            self.handleError(record)


def setup_output():
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    sys.stdout = Unbuffered(sys.stdout)
    sys.stderr = Unbuffered(sys.stderr)
    logging.Formatter.converter = time.gmtime
    handler = StdoutHandler()
    handler.setFormatter(logging.Formatter(LOG_FORMAT, "%Y-%m-%dT%H:%M:%S"))
    handler.addFilter(RequestIdFilter())
    logging.getLogger().addHandler(handler)


class RuntimeClient(object):
    """The Runtime API over one persistent connection (opened again once if it breaks)."""

    def __init__(self, address):
        self._address = address
        self._connection = http.client.HTTPConnection(address)

    def _call(self, method, path, body=None, headers=None):
        for attempt in (1, 2):
            try:
                self._connection.request(method, RUNTIME_PATH + path, body=body, headers=headers or {})
                response = self._connection.getresponse()
                return response, response.read()
            except (http.client.HTTPException, OSError):
                self._connection.close()
                self._connection = http.client.HTTPConnection(self._address)
                if attempt == 2:
                    raise

    def next_invocation(self):
        response, body = self._call("GET", "/invocation/next")
        if response.status != 200:
            raise RuntimeError("the Runtime API answered %d to invocation/next" % response.status)
        return response.headers, body

    def post_result(self, request_id, body, content_type):
        self._call("POST", "/invocation/%s/response" % request_id, body, {"Content-Type": content_type})

    def post_error(self, request_id, error):
        self._call("POST", "/invocation/%s/error" % request_id, to_json(error).encode("utf-8"),
                   {"Content-Type": "application/json", ERROR_TYPE_HEADER: "Unhandled"})

    def post_init_error(self, error):
        self._call("POST", "/init/error", to_json(error).encode("utf-8"),
                   {"Content-Type": "application/json", ERROR_TYPE_HEADER: error["errorType"]})


class CognitoIdentity(object):
    __slots__ = ("cognito_identity_id", "cognito_identity_pool_id")

    def __init__(self, identity=None):
        identity = identity or {}
        self.cognito_identity_id = identity.get("cognitoIdentityId")
        self.cognito_identity_pool_id = identity.get("cognitoIdentityPoolId")


class Client(object):
    __slots__ = ("installation_id", "app_title", "app_version_name", "app_version_code", "app_package_name")

    def __init__(self, values):
        for name in self.__slots__:
            setattr(self, name, (values or {}).get(name))


class ClientContext(object):
    __slots__ = ("custom", "env", "client")

    def __init__(self, values):
        self.custom = values.get("custom")
        self.env = values.get("env")
        self.client = Client(values.get("client")) if values.get("client") is not None else None


class LambdaContext(object):
    """What the handler's second argument offers, named as on Lambda."""

    def __init__(self, request_id, deadline_ms, function_arn, client_context, identity):
        self.aws_request_id = request_id
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = function_arn
        self.client_context = client_context
        self.identity = identity
        self.tenant_id = None
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(self._deadline_ms - int(time.time() * 1000), 0)

    def log(self, message):
        sys.stdout.write(str(message))

    def __repr__(self):
        return "LambdaContext([aws_request_id=%s,function_name=%s,function_version=%s,invoked_function_arn=%s])" % (
            self.aws_request_id, self.function_name, self.function_version, self.invoked_function_arn)


def load_handler(handler):
    try:
        module_name, function_name = handler.rsplit(".", 1)
    except ValueError as e:
        raise FaultError("Runtime.MalformedHandlerName", "Bad handler '%s': %s" % (handler, e))
    if module_name.split(".")[0] in sys.builtin_module_names:
        raise FaultError("Runtime.BuiltInModuleConflict",
                         "Cannot use built-in module %s as a handler module" % module_name)
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as e:
        raise FaultError("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (module_name, e))
    except SyntaxError as e:
        raise FaultError("Runtime.UserCodeSyntaxError", "Syntax error in module '%s': %s" % (module_name, e),
                         ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)])
    try:
        return getattr(module, function_name)
    except AttributeError:
        raise FaultError("Runtime.HandlerNotFound",
                         "Handler '%s' missing on module '%s'" % (function_name, module_name))


def make_error(message, error_type, stack_trace, request_id=None):
    return {"errorMessage": message or "", "errorType": error_type or "", "requestId": request_id or "",
            "stackTrace": stack_trace or []}


def error_from(exc_info, request_id=None):
    """An exception as Lambda reports it, with the runtime's own frames left out of the stack trace."""
    error_type, value, tb = exc_info
    if isinstance(value, FaultError):
        return make_error(value.message, value.error_type, value.trace, request_id)
    frames = list(traceback.extract_tb(tb))
    for index, frame in enumerate(frames):
        if not frame.filename.endswith("/bootstrap.py"):
            frames = frames[index:]
            break
    return make_error(str(value), error_type.__name__, traceback.format_list(frames), request_id)


def log_error(error):
    """One log record for an error: its lines joined by CR and indented with no-break spaces, as Lambda prints it."""
    lines = ["[ERROR] %s: %s" % (error["errorType"], error["errorMessage"]), "Traceback (most recent call last):"]
    for entry in error["stackTrace"]:
        for line in entry.splitlines():
            stripped = line.lstrip(" ")
            lines.append("\u00a0" * (len(line) - len(stripped)) + stripped)
    sys.stdout.write("\r".join(lines) + "\n")


def _decimal(value):
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError("Object of type %s is not JSON serializable" % type(value).__name__)


def to_json(value):
    return json.dumps(value, default=_decimal)


def handle(client, handler, headers, body):
    global _current_request_id
    request_id = headers.get("Lambda-Runtime-Aws-Request-Id")
    _current_request_id = request_id
    trace_id = headers.get("Lambda-Runtime-Trace-Id")
    if trace_id is None:
        os.environ.pop("_X_AMZN_TRACE_ID", None)
    else:
        os.environ["_X_AMZN_TRACE_ID"] = trace_id
    try:
        context = LambdaContext(request_id, int(headers.get("Lambda-Runtime-Deadline-Ms", "0")),
                                headers.get("Lambda-Runtime-Invoked-Function-Arn"),
                                _header_object(headers, "Lambda-Runtime-Client-Context", ClientContext, None),
                                _header_object(headers, "Lambda-Runtime-Cognito-Identity", CognitoIdentity,
                                               CognitoIdentity()))
        if headers.get("Content-Type", "application/json") == "application/json":
            try:
                event = json.loads(body)
            except ValueError as e:
                raise FaultError("Runtime.UnmarshalError", "Unable to unmarshal input: %s" % e)
        else:
            event = body
        response = handler(event, context)
        if isinstance(response, bytes):
            result, content_type = response, "application/unknown"
        else:
            try:
                result, content_type = to_json(response).encode("utf-8"), "application/json"
            except (TypeError, ValueError) as e:
                raise FaultError("Runtime.MarshalError", "Unable to marshal response: %s" % e)
    except Exception:
        error = error_from(sys.exc_info(), request_id)
        log_error(error)
        client.post_error(request_id, error)
        return
    client.post_result(request_id, result, content_type)


def _header_object(headers, name, kind, default):
    text = headers.get(name)
    if not text:
        return default
    try:
        return kind(json.loads(text))
    except ValueError as e:
        raise FaultError("Runtime.LambdaContextUnmarshalError", "Unable to parse %s JSON: %s" % (name, e))


def main():
    handler_name = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("_HANDLER", "")
    sys.path[0] = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
    setup_output()
    client = RuntimeClient(os.environ["AWS_LAMBDA_RUNTIME_API"])
    try:
        handler = load_handler(handler_name)
    except Exception:
        error = error_from(sys.exc_info())
        log_error(error)
        client.post_init_error(error)
        sys.exit(1)
    while True:
        headers, body = client.next_invocation()
        handle(client, handler, headers, body)


if __name__ == "__main__":
    main()
