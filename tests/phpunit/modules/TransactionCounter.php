<?php
/** A Laravel event dispatcher for the WHMCS connection that counts transaction events. */

use Illuminate\Contracts\Events\Dispatcher;

/** Counts the transaction events of the WHMCS database connection. */
final class TransactionCounter implements Dispatcher
{
    /** @var array<string, int> */
    public array $counts = [];

    public function dispatch($event, $payload = [], $halt = false)
    {
        $name = is_object($event) ? get_class($event) : (string) $event;
        $this->counts[$name] = ($this->counts[$name] ?? 0) + 1;
        return null;
    }

    public function count(string $class): int
    {
        return $this->counts[$class] ?? 0;
    }

    public function listen($events, $listener = null) {}
    public function hasListeners($eventName) { return false; }
    public function subscribe($subscriber) {}
    public function until($event, $payload = []) { return null; }
    public function push($event, $payload = []) {}
    public function flush($event) {}
    public function forget($event) {}
    public function forgetPushed() {}
}
