// expect: none
import java.util.Arrays;

/** Open-addressing int->int map with double hashing; capacities come from a fixed table. */
public class H5NegPrimeCapacityMap {
    private static final int[] CAPACITIES = {17, 37, 79, 163, 331, 673, 1361, 2729, 5471, 10949};
    private int level = 0;
    private int[] keys, vals;
    private boolean[] used;
    private int size;

    H5NegPrimeCapacityMap() { alloc(CAPACITIES[0]); }

    private void alloc(int cap) {
        keys = new int[cap];
        vals = new int[cap];
        used = new boolean[cap];
        size = 0;
    }

    private int slot(int key) {
        int cap = keys.length;
        int h1 = Math.floorMod(key * 0x9E3779B9, cap);
        int h2 = 1 + Math.floorMod(key, cap - 2);
        int i = h1;
        while (used[i] && keys[i] != key) i = (i + h2) % cap;
        return i;
    }

    void put(int key, int value) {
        if (size * 2 >= keys.length) grow();
        int i = slot(key);
        if (!used[i]) { used[i] = true; keys[i] = key; size++; }
        vals[i] = value;
    }

    int get(int key, int dflt) {
        int i = slot(key);
        return used[i] ? vals[i] : dflt;
    }

    private void grow() {
        int[] k = keys, v = vals;
        boolean[] u = used;
        alloc(CAPACITIES[++level]);
        for (int i = 0; i < k.length; i++) if (u[i]) put(k[i], v[i]);
    }

    public static void main(String[] args) {
        H5NegPrimeCapacityMap m = new H5NegPrimeCapacityMap();
        for (int i = 0; i < 100; i++) m.put(i * 7, i);
        System.out.println(m.get(693, -1) + " " + m.keys.length + " " + Arrays.stream(m.vals).sum());
    }
}
