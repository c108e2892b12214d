// expect: none
import java.util.Objects;

public class H2NegHashMap<K, V> {
    private static final int[] CAPACITIES = {17, 37, 79, 163, 331, 673, 1361, 2729, 5471};
    private Object[] keys;
    private Object[] vals;
    private int size, level;

    public H2NegHashMap() {
        keys = new Object[CAPACITIES[0]];
        vals = new Object[CAPACITIES[0]];
    }

    private int slot(Object k, int cap) {
        int h = Objects.hashCode(k);
        h ^= (h >>> 16);
        return Math.floorMod(h * 31, cap);
    }

    public void put(K k, V v) {
        if (size * 2 >= keys.length) grow();
        int i = slot(k, keys.length);
        while (keys[i] != null && !keys[i].equals(k)) i = (i + 1) % keys.length;
        if (keys[i] == null) size++;
        keys[i] = k;
        vals[i] = v;
    }

    @SuppressWarnings("unchecked")
    public V get(K k) {
        int i = slot(k, keys.length);
        while (keys[i] != null) {
            if (keys[i].equals(k)) return (V) vals[i];
            i = (i + 1) % keys.length;
        }
        return null;
    }

    private void grow() {
        Object[] ok = keys, ov = vals;
        level++;
        keys = new Object[CAPACITIES[level]];
        vals = new Object[CAPACITIES[level]];
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ok[i] != null) put((K) ok[i], (V) ov[i]);
    }
}
