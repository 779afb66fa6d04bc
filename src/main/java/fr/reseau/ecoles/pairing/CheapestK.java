package fr.reseau.ecoles.pairing;

/** The k smallest keys seen, with their ids (a bounded max-heap), for {@link PairingMatching}. */
final class CheapestK {
  final long[] keys;
  final int[] ids;
  int size;
  int capacity;

  CheapestK(int maxCapacity) {
    keys = new long[maxCapacity];
    ids = new int[maxCapacity];
  }

  void reset(int capacity) {
    this.capacity = capacity;
    size = 0;
  }

  boolean full() {
    return size == capacity;
  }

  long worst() {
    return keys[0];
  }

  void offer(long key, int id) {
    if (size < capacity) {
      int k = size++;
      while (k > 0) {
        int parent = (k - 1) >>> 1;
        if (keys[parent] >= key) {
          break;
        }
        keys[k] = keys[parent];
        ids[k] = ids[parent];
        k = parent;
      }
      keys[k] = key;
      ids[k] = id;
    } else if (key < keys[0]) {
      int k = 0;
      while (true) {
        int child = 2 * k + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && keys[child + 1] > keys[child]) {
          child++;
        }
        if (keys[child] <= key) {
          break;
        }
        keys[k] = keys[child];
        ids[k] = ids[child];
        k = child;
      }
      keys[k] = key;
      ids[k] = id;
    }
  }
}
