package dev.rotor.emulator.lambda;

import java.nio.charset.StandardCharsets;

/**
 * Output of one invocation, bounded: keeps the first and the last {@code limit/2} bytes and counts what it dropped in
 * between, so a flooding function cannot exhaust the emulator's memory. Thread-safe.
 */
final class BoundedLog {

    private final int headLimit;
    private final byte[] head;
    private int headSize;
    private final byte[] tail; // ring buffer
    private int tailStart;
    private int tailSize;
    private long dropped;

    BoundedLog(int limitBytes) {
        this.headLimit = limitBytes / 2;
        this.head = new byte[headLimit];
        this.tail = new byte[limitBytes - headLimit];
    }

    synchronized void append(byte[] bytes, int offset, int length) {
        int toHead = Math.min(length, headLimit - headSize);
        System.arraycopy(bytes, offset, head, headSize, toHead);
        headSize += toHead;
        int rest = length - toHead;
        if (rest == 0 || tail.length == 0) {
            dropped += rest;
            return;
        }
        // only the last tail.length bytes can stay; what they push out of a full tail is dropped
        int kept = Math.min(rest, tail.length);
        int overflow = Math.max(0, tailSize + kept - tail.length);
        dropped += rest - kept + overflow;
        tailStart = (tailStart + overflow) % tail.length;
        tailSize -= overflow;
        int from = offset + length - kept;
        int end = (tailStart + tailSize) % tail.length;
        int first = Math.min(kept, tail.length - end);
        System.arraycopy(bytes, from, tail, end, first);
        System.arraycopy(bytes, from + first, tail, 0, kept - first);
        tailSize += kept;
    }

    /** The text so far, with a note where bytes were dropped; the buffer is emptied. */
    synchronized String take() {
        StringBuilder text = new StringBuilder(new String(head, 0, headSize, StandardCharsets.UTF_8));
        if (dropped > 0) {
            text.append("\n[rotor: output truncated, ").append(dropped).append(" bytes dropped]\n");
        }
        byte[] ordered = new byte[tailSize];
        for (int i = 0; i < tailSize; i++) {
            ordered[i] = tail[(tailStart + i) % tail.length];
        }
        text.append(new String(ordered, StandardCharsets.UTF_8));
        headSize = 0;
        tailStart = 0;
        tailSize = 0;
        dropped = 0;
        return text.toString();
    }
}
