"""Escapes its process tree as a daemon would: each event starts a `sleep` in a session of its own (re-parented to
init once setsid's shell exits) and prints its pid; answers with that pid, or never when the event asks it to hang."""
import subprocess
import time


def lambda_handler(event, context):
    started = subprocess.run(["setsid", "--wait", "sh", "-c", "sleep 900 >/dev/null 2>&1 & echo $!"],
                             capture_output=True, text=True, check=True)
    daemon = int(started.stdout.strip())
    print("started daemon %d" % daemon)
    if event.get("hang"):
        time.sleep(900)
    return {"daemon": daemon}
