// expect: prime_pattern, modular_arithmetic
import java.math.BigInteger;
import java.util.stream.LongStream;

public final class H5MillerRabinLong {
    private static final long[] WITNESSES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};

    private static long mulMod(long a, long b, long m) {
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(BigInteger.valueOf(m)).longValue();
    }

    private static long powMod(long b, long e, long m) {
        long r = 1;
        b %= m;
        while (e > 0) {
            if ((e & 1) == 1) r = mulMod(r, b, m);
            b = mulMod(b, b, m);
            e >>= 1;
        }
        return r;
    }

    static boolean isPrime(long n) {
        if (n < 2) return false;
        for (long p : WITNESSES) {
            if (n % p == 0) return n == p;
        }
        long d = n - 1;
        int s = Long.numberOfTrailingZeros(d);
        d >>= s;
        outer:
        for (long a : WITNESSES) {
            long x = powMod(a, d, n);
            if (x == 1 || x == n - 1) continue;
            for (int r = 1; r < s; r++) {
                x = mulMod(x, x, n);
                if (x == n - 1) continue outer;
            }
            return false;
        }
        return true;
    }

    public static void main(String[] args) {
        System.out.println(LongStream.rangeClosed(1, 100).filter(H5MillerRabinLong::isPrime).count());
        System.out.println(isPrime(1_000_000_007L) + " " + isPrime(3_215_031_751L));
        System.out.println(isPrime(9_223_372_036_854_775_783L));
    }
}
