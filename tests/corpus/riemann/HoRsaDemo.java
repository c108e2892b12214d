// expect: modular_arithmetic
import java.math.BigInteger;

public class HoRsaDemo {
    public static void main(String[] args) {
        BigInteger p = new BigInteger("61");
        BigInteger q = new BigInteger("53");
        BigInteger n = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(17);
        BigInteger d = e.modInverse(phi);

        BigInteger message = BigInteger.valueOf(65);
        BigInteger cipher = message.modPow(e, n);
        BigInteger plain = cipher.modPow(d, n);
        System.out.printf("n=%s d=%s c=%s m=%s%n", n, d, cipher, plain);
    }
}
