// expect: prime_counting, prime_pattern
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

public class H3SegmentedSieve {
    static List<Integer> basePrimes(int limit) {
        BitSet composite = new BitSet(limit + 1);
        List<Integer> primes = new ArrayList<>();
        for (int i = 2; i <= limit; i++) {
            if (!composite.get(i)) {
                primes.add(i);
                for (long j = (long) i * i; j <= limit; j += i) composite.set((int) j);
            }
        }
        return primes;
    }

    static long countPrimes(long n) {
        int root = (int) Math.sqrt(n) + 1;
        List<Integer> primes = basePrimes(root);
        int segment = 1 << 16;
        long count = 0;
        boolean[] mark = new boolean[segment];
        for (long low = 2; low <= n; low += segment) {
            long high = Math.min(low + segment - 1, n);
            java.util.Arrays.fill(mark, true);
            for (int p : primes) {
                long start = Math.max((long) p * p, ((low + p - 1) / p) * p);
                for (long j = start; j <= high; j += p) mark[(int) (j - low)] = false;
            }
            for (long i = low; i <= high; i++) if (mark[(int) (i - low)]) count++;
        }
        return count;
    }

    public static void main(String[] args) {
        for (long n = 10; n <= 100_000_000L; n *= 10) {
            System.out.printf("pi(%d) = %d%n", n, countPrimes(n));
        }
    }
}
