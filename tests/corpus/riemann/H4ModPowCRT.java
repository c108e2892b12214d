// expect: modular_arithmetic
import java.math.BigInteger;

public class H4ModPowCRT {
    static BigInteger crt(long[] r, long[] m) {
        BigInteger M = BigInteger.ONE;
        for (long mi : m) M = M.multiply(BigInteger.valueOf(mi));
        BigInteger x = BigInteger.ZERO;
        for (int i = 0; i < r.length; i++) {
            BigInteger mi = BigInteger.valueOf(m[i]);
            BigInteger Mi = M.divide(mi);
            x = x.add(BigInteger.valueOf(r[i]).multiply(Mi).multiply(Mi.modInverse(mi)));
        }
        return x.mod(M);
    }

    public static void main(String[] args) {
        BigInteger g = BigInteger.valueOf(5);
        BigInteger p = new BigInteger("2147483647");
        BigInteger a = g.modPow(BigInteger.valueOf(123456), p);
        System.out.println("5^123456 mod p = " + a);
        System.out.println("crt = " + crt(new long[] {2, 3, 2}, new long[] {3, 5, 7}));
        System.out.println("inverse of 17 mod 3120 = " + BigInteger.valueOf(17).modInverse(BigInteger.valueOf(3120)));
    }
}
