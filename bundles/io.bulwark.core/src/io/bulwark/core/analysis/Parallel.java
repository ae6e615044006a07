package io.bulwark.core.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Order-preserving parallel map on threads of its own, as many as asked (the result never depends on their number). */
public final class Parallel {

    /**
     * The items are handed out in chunks of about 1/this of a thread's share, to whichever thread is free: items of
     * unequal cost (raids near and far from the batteries) then even out, where a fixed split into a few parts left a
     * thread idle while the other finished the dearer part.
     */
    private static final int CHUNKS_PER_THREAD = 64;

    private Parallel() {
    }

    public static <T> List<T> map(int threads, int n, IntFunction<T> work) {
        if (threads <= 1 || n <= 1) {
            return IntStream.range(0, n).mapToObj(work).toList();
        }
        Object[] results = new Object[n];
        int chunk = Math.max(1, n / (threads * CHUNKS_PER_THREAD));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int first = next.getAndAdd(chunk); first < n; first = next.getAndAdd(chunk)) {
                    for (int i = first; i < Math.min(n, first + chunk); i++) {
                        results[i] = work.apply(i);
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                // the other threads stop at their next chunk
                next.set(n);
            }
        };
        int helpers = Math.min(threads, (n + chunk - 1) / chunk) - 1;
        Thread[] pool = new Thread[helpers];
        for (int h = 0; h < helpers; h++) {
            pool[h] = Thread.ofPlatform().name("bulwark-analysis-" + (h + 1)).daemon().start(worker);
        }
        // the calling thread works too
        worker.run();
        try {
            for (Thread helper : pool) {
                helper.join();
            }
        } catch (InterruptedException e) {
            next.set(n);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }
}
