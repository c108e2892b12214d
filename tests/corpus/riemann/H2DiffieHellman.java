// expect: modular_arithmetic
import java.math.BigInteger;
import java.security.SecureRandom;

public class H2DiffieHellman {
    public static void main(String[] args) {
        SecureRandom rnd = new SecureRandom();
        BigInteger p = new BigInteger("FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD", 16);
        BigInteger g = BigInteger.valueOf(2);
        BigInteger a = new BigInteger(256, rnd);
        BigInteger b = new BigInteger(256, rnd);
        BigInteger A = g.modPow(a, p);
        BigInteger B = g.modPow(b, p);
        BigInteger s1 = B.modPow(a, p);
        BigInteger s2 = A.modPow(b, p);
        System.out.println(s1.equals(s2));
        System.out.println(A.modInverse(p).multiply(A).mod(p));
    }
}
