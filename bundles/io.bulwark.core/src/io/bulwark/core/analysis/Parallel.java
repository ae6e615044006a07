package io.bulwark.core.analysis;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Order-preserving parallel map on a private pool of a given size (the result never depends on the size). */
public final class Parallel {

    private Parallel() {
    }

    public static <T> List<T> map(int threads, int n, IntFunction<T> work) {
        if (threads <= 1 || n <= 1) {
            return IntStream.range(0, n).mapToObj(work).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> IntStream.range(0, n).parallel().mapToObj(work).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
