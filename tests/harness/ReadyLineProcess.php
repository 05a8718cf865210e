<?php
/**
 * ReadyLineProcess (global namespace): a child process that prints one JSON line on stdout when
 * it is ready and exits when its stdin closes, so it cannot outlive the PHP process that
 * started it even if stop() never runs. Its stderr goes to a temp file (a pipe nobody drains
 * could fill up and block it) and is quoted when startup fails. The panel simulators
 * (SimProcess) and the real HestiaCP (RealHestia) are both such processes.
 */
abstract class ReadyLineProcess
{
    /** @var resource|null */
    protected $proc;
    /** @var resource|null */
    private $stdin;
    /** @var resource|null */
    private $stdout;
    private string $stderrFile;
    private string $what;

    /**
     * Starts `$argv` and waits up to `$startTimeout` seconds for its ready line.
     *
     * @return array the decoded ready line
     */
    protected function start(array $argv, float $startTimeout, string $what): array
    {
        $this->what = $what;
        $this->stderrFile = (string) tempnam(sys_get_temp_dir(), 'oxide-proc-err-');
        // A binary that is not there: PHP 8.2 forks and the child exits 127 (reported below as
        // "exited before it was ready"); PHP 8.3+ spawns directly, warns and returns false. The
        // warning is silenced here and its text goes into the one exception both versions give.
        $proc = @proc_open($argv, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', $this->stderrFile, 'w']], $pipes);
        if (!is_resource($proc)) {
            $why = error_get_last()['message'] ?? 'proc_open failed';
            throw new RuntimeException("cannot start $what: " . implode(' ', $argv) . ": $why");
        }
        [$this->proc, $this->stdin, $this->stdout] = [$proc, $pipes[0], $pipes[1]];
        try {
            $line = $this->readReadyLine($startTimeout);
            $ready = json_decode($line, true);
            if (!is_array($ready)) {
                throw new RuntimeException("$what printed a ready line that is not JSON: $line; stderr: " . $this->stderr());
            }
            return $ready;
        } catch (Throwable $e) {
            $this->stop();
            throw $e;
        }
    }

    /** Called by stop() while the process still runs, before stdin closes. */
    protected function beforeStop(): void
    {
    }

    /** Close stdin (its cue to exit), then terminate. Safe to call twice. */
    public function stop(): void
    {
        if ($this->proc === null) {
            return;
        }
        if (proc_get_status($this->proc)['running']) {
            try {
                $this->beforeStop();
            } catch (Throwable $e) {
                // it may already be gone; stdin close and terminate below still apply
            }
        }
        foreach ([$this->stdin, $this->stdout] as $pipe) {
            if (is_resource($pipe)) {
                fclose($pipe);
            }
        }
        if (!$this->waitForExit(5.0)) {
            proc_terminate($this->proc, 15);
            if (!$this->waitForExit(2.0)) {
                proc_terminate($this->proc, 9);
            }
        }
        proc_close($this->proc);
        $this->proc = $this->stdin = $this->stdout = null;
        if (is_file($this->stderrFile)) {
            unlink($this->stderrFile);
        }
    }

    public function __destruct()
    {
        $this->stop();
    }

    /** The process id of the started command (null once stopped). */
    public function pid(): ?int
    {
        return $this->proc === null ? null : (int) proc_get_status($this->proc)['pid'];
    }

    /** What the process wrote to stderr so far. */
    public function stderr(): string
    {
        return is_file($this->stderrFile) ? (string) file_get_contents($this->stderrFile) : '';
    }

    private function readReadyLine(float $timeout): string
    {
        stream_set_blocking($this->stdout, false);
        $deadline = microtime(true) + $timeout;
        $buffer = '';
        while (($newline = strpos($buffer, "\n")) === false) {
            $left = $deadline - microtime(true);
            if ($left <= 0) {
                throw new RuntimeException(sprintf('%s printed no ready line within %.1f s; stderr: %s', $this->what, $timeout, $this->stderr()));
            }
            $read = [$this->stdout];
            $write = $except = null;
            if (stream_select($read, $write, $except, 0, (int) (min($left, 0.1) * 1000000)) > 0) {
                $chunk = fread($this->stdout, 8192);
                if ($chunk !== false && $chunk !== '') {
                    $buffer .= $chunk;
                    continue;
                }
            }
            $status = proc_get_status($this->proc);
            if (!$status['running']) {
                $buffer .= (string) stream_get_contents($this->stdout);
                if (strpos($buffer, "\n") !== false) {
                    continue; // it printed the line and exited; let the caller judge the line
                }
                throw new RuntimeException("{$this->what} exited (code {$status['exitcode']}) before it was ready; stderr: " . $this->stderr());
            }
        }
        return substr($buffer, 0, $newline);
    }

    private function waitForExit(float $seconds): bool
    {
        $deadline = microtime(true) + $seconds;
        do {
            if (!proc_get_status($this->proc)['running']) {
                return true;
            }
            usleep(20000);
        } while (microtime(true) < $deadline);
        return false;
    }
}
