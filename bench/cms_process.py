"""What the restart scripts (restart-cpu.py, first-visit-cpu.py) read of a CMS process: its CPU and one request's status."""
import http.client
import os

TICK = os.sysconf('SC_CLK_TCK')


def cpu_ms(stat_path):
    """User + system CPU of a process or thread (/proc/PID/stat or /proc/PID/task/TID/stat), in ms."""
    fields = open(stat_path).read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 // TICK


def status(port, path, timeout=5):
    """The status of GET path on loopback, or None while the server does not answer (not listening yet, or too slow)."""
    connection = http.client.HTTPConnection('127.0.0.1', port, timeout=timeout)
    try:
        connection.request('GET', path)
        response = connection.getresponse()
        response.read()
        return response.status
    except OSError:
        return None
    finally:
        connection.close()
