//! One small sort for the core and the readers. std's sorts are generic over element and
//! comparator, so every call site compiled its own copy into the extension's wasm (some 1.5 KB
//! each, 118 KB over 77 copies: docs/performance.md). A heapsort is a few hundred bytes a copy,
//! O(n log n) and allocation-free; every comparator it is given is a total order (ties broken
//! by id or position), so that it is not stable changes nothing.

use std::cmp::Ordering;

pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let n = v.len();
    for root in (0..n / 2).rev() {
        sift_down(v, root, n, &mut cmp);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end, &mut cmp);
    }
}

pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp)
}

pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)))
}

/// Moves `v[root]` down the max-heap `v[..end]` to its place.
fn sift_down<T>(v: &mut [T], mut root: usize, end: usize, cmp: &mut impl FnMut(&T, &T) -> Ordering) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && cmp(&v[child], &v[child + 1]) == Ordering::Less {
            child += 1;
        }
        if cmp(&v[root], &v[child]) != Ordering::Less {
            return;
        }
        v.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_on_every_small_shape_and_a_long_random_list() {
        // Every list of up to 7 values drawn from 0..4 (duplicates, runs, reversed), then 5,000
        // pseudo-random values.
        for len in 0..=7u32 {
            for code in 0..4u32.pow(len) {
                let v: Vec<u32> = (0..len).map(|k| code / 4u32.pow(k) % 4).collect();
                let (mut ours, mut std) = (v.clone(), v);
                sort(&mut ours);
                std.sort_unstable();
                assert_eq!(ours, std);
            }
        }
        let mut x = 0x9E37_79B9u32;
        let mut long: Vec<u32> = (0..5000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x % 1000
            })
            .collect();
        let mut std = long.clone();
        std.sort_unstable();
        sort_by(&mut long, |a, b| a.cmp(b));
        assert_eq!(long, std);
    }

    #[test]
    fn sorts_by_a_comparator_and_a_key() {
        let mut v = vec![(1, 'b'), (3, 'a'), (2, 'c')];
        sort_by(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, [(3, 'a'), (2, 'c'), (1, 'b')]);
        sort_by_key(&mut v, |p| p.1);
        assert_eq!(v, [(3, 'a'), (1, 'b'), (2, 'c')]);
    }
}
