// expect: prime_pattern, modular_arithmetic
import java.math.BigInteger;

public class MillerRabin {
    public static void main(String[] args) {
        BigInteger n = new BigInteger("1000000007");
        System.out.println(n.isProbablePrime(40));
        System.out.println(BigInteger.TWO.modPow(n.subtract(BigInteger.ONE), n));
    }
}
