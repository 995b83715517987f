package dev.rotor.emulator.lambda;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a function process prints (stdout and stderr), attributed to invocations. The process writes into a file, so
 * everything it printed before answering is in the file when the answer arrives: taking an invocation's output reads
 * the file from where the last invocation stopped to its end, into a {@link BoundedLog}. No reader thread, no polling.
 */
final class ProcessOutput implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final BoundedLog log;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    private long position;

    private ProcessOutput(Path file, FileChannel channel, int limitBytes) {
        this.file = file;
        this.channel = channel;
        this.log = new BoundedLog(limitBytes);
    }

    /** A new, empty output file in {@code directory}. */
    static ProcessOutput create(Path directory, String functionName, int limitBytes) throws IOException {
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, functionName + "-", ".log");
        return new ProcessOutput(file, FileChannel.open(file, StandardOpenOption.READ), limitBytes);
    }

    /** The file the process writes into (opened by the process for appending). */
    Path file() {
        return file;
    }

    /** The output since the last call (head and tail when it is over the limit). */
    synchronized String take() {
        try {
            long end = channel.size();
            while (position < end) {
                buffer.clear();
                int n = channel.read(buffer, position);
                if (n <= 0) {
                    break;
                }
                log.append(buffer.array(), 0, n);
                position += n;
            }
        } catch (IOException unreadable) {
            // the file went away: what was read is what there is
        }
        return log.take();
    }

    /** How much the process has printed over its life (its file's size). */
    synchronized long totalBytes() {
        try {
            return channel.size();
        } catch (IOException e) {
            return position;
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the work folder is deleted on close
        }
    }
}
