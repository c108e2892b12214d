// expect: none
import java.util.HashMap;
import java.util.Map;

public class H3NegStringHash {
    private static final int PRIME = 31;
    private static final long MODULUS = 1_000_000_009L;

    static long polyHash(String s) {
        long h = 0;
        for (char ch : s.toCharArray()) h = (h * PRIME + ch) % MODULUS;
        return h;
    }

    static int bucket(String key, int buckets) {
        return Math.floorMod(key.hashCode(), buckets);
    }

    public static void main(String[] args) {
        Map<Integer, Integer> load = new HashMap<>();
        for (int i = 0; i < 10_000; i++) load.merge(bucket("user-" + i, 17), 1, Integer::sum);
        System.out.println(load);
        System.out.println(polyHash("hello world"));
    }
}
