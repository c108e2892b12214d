// expect: prime_counting, prime_pattern
import java.util.HashMap;
import java.util.Map;

/** pi(x) by Legendre's formula pi(x) = phi(x, a) + a - 1 with a = pi(sqrt x). */
public class H5LegendrePrimeCount {
    private final int[] primes;
    private final Map<Long, Long> memo = new HashMap<>();

    H5LegendrePrimeCount(int limit) {
        boolean[] composite = new boolean[limit + 1];
        int count = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j <= limit; j += i) composite[(int) j] = true;
            }
        }
        primes = new int[count];
        for (int i = 2, k = 0; i <= limit; i++) if (!composite[i]) primes[k++] = i;
    }

    long phi(long x, int a) {
        if (a == 0) return x;
        if (x < primes[a - 1]) return 1;
        long key = x * 1000 + a;
        Long hit = memo.get(key);
        if (hit != null) return hit;
        long v = phi(x, a - 1) - phi(x / primes[a - 1], a - 1);
        memo.put(key, v);
        return v;
    }

    long primePi(long x) {
        if (x < 2) return 0;
        int a = 0;
        while (a < primes.length && (long) primes[a] * primes[a] <= x) a++;
        return phi(x, a) + a - 1;
    }

    public static void main(String[] args) {
        H5LegendrePrimeCount pc = new H5LegendrePrimeCount(100_000);
        for (long x = 10; x <= 10_000_000_000L; x *= 10) {
            System.out.println("pi(" + x + ") = " + pc.primePi(x));
        }
    }
}
