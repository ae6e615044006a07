package io.bulwark.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The order-preserving parallel map under the analysis: the same list on any number of threads. */
class ParallelTest {

    /** Work of very unequal cost (item i spins i % 97 squared rounds), as raids near and far from the batteries are. */
    private static long unequalWork(int i) {
        long x = i;
        for (int k = 0; k < (i % 97) * (i % 97); k++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }

    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = { 0, 1, 2, 3, 127, 128, 129, 10_000 })
    void givesTheItemsInOrderOnAnyNumberOfThreads(int n) {
        List<Long> sequential = IntStream.range(0, n).mapToObj(ParallelTest::unequalWork).toList();
        for (int threads : new int[] { 1, 2, 3, 8 }) {
            assertEquals(sequential, Parallel.map(threads, n, ParallelTest::unequalWork), threads + " threads");
        }
    }

    @Test
    void computesEachItemOnceAndUsesTheThreadsAsked() {
        int n = 5_000;
        AtomicInteger[] calls = IntStream.range(0, n).mapToObj(i -> new AtomicInteger()).toArray(AtomicInteger[]::new);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Parallel.map(3, n, i -> {
            calls[i].incrementAndGet();
            threads.add(Thread.currentThread());
            return unequalWork(i);
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, calls[i].get(), "item " + i);
        }
        assertTrue(threads.size() <= 3, threads.size() + " threads");
    }

    @Test
    void keepsNullResults() {
        List<String> mapped = Parallel.map(2, 300, i -> i % 3 == 0 ? null : "item " + i);
        assertEquals(300, mapped.size());
        assertNull(mapped.get(0));
        assertEquals("item 299", mapped.get(299));
    }

    @Test
    void rethrowsTheItemsOwnExceptionAndStops() {
        IllegalArgumentException bad = new IllegalArgumentException("item 17 is bad");
        AtomicInteger started = new AtomicInteger();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Parallel.map(2, 1_000_000, i -> {
            started.incrementAndGet();
            if (i == 17) {
                throw bad;
            }
            // the other thread's items take a while: stopped at its next chunk, it is far from the end whenever the
            // failing thread gets the processor back (trivial items let it finish them all while that thread waited)
            if (i > 17) {
                LockSupport.parkNanos(20_000);
            }
            return i;
        }));
        assertSame(bad, thrown);
        assertTrue(started.get() < 1_000_000, started.get() + " items started after the failure");
    }

    @Test
    void theResultCannotBeChanged() {
        List<Integer> mapped = Parallel.map(2, 10, i -> i);
        assertThrows(UnsupportedOperationException.class, () -> mapped.set(0, 5));
        assertEquals(new ArrayList<>(IntStream.range(0, 10).boxed().toList()), mapped);
    }
}
