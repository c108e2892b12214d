// expect: prime_pattern
import java.util.BitSet;

public class HoBitSetSieve {
    public static BitSet sieve(int n) {
        BitSet composite = new BitSet(n + 1);
        for (int p = 2; (long) p * p <= n; p = composite.nextClearBit(p + 1)) {
            for (int m = p * p; m <= n; m += p) {
                composite.set(m);
            }
        }
        return composite;
    }

    public static void main(String[] args) {
        int n = 100;
        BitSet c = sieve(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 2; i <= n; i++) {
            if (!c.get(i)) sb.append(i).append(' ');
        }
        System.out.println(sb.toString().trim());
    }
}
