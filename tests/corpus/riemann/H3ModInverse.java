// expect: modular_arithmetic
import java.math.BigInteger;

public class H3ModInverse {
    static long[] extendedGcd(long a, long b) {
        if (b == 0) return new long[] {a, 1, 0};
        long[] r = extendedGcd(b, a % b);
        return new long[] {r[0], r[2], r[1] - (a / b) * r[2]};
    }

    static long modInverse(long a, long m) {
        long[] r = extendedGcd(((a % m) + m) % m, m);
        if (r[0] != 1) throw new ArithmeticException("not invertible");
        return ((r[1] % m) + m) % m;
    }

    static long chineseRemainder(long[] rems, long[] mods) {
        long prod = 1;
        for (long m : mods) prod *= m;
        long sum = 0;
        for (int i = 0; i < mods.length; i++) {
            long pp = prod / mods[i];
            sum += rems[i] * modInverse(pp, mods[i]) * pp;
        }
        return sum % prod;
    }

    public static void main(String[] args) {
        System.out.println(modInverse(17, 3120));
        System.out.println(chineseRemainder(new long[] {2, 3, 2}, new long[] {3, 5, 7}));
        BigInteger p = new BigInteger("1000000007");
        System.out.println(BigInteger.valueOf(3).modPow(p.subtract(BigInteger.TWO), p));
    }
}
