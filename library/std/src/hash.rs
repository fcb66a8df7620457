//! `std::hash`: everything of `core::hash`, plus `DefaultHasher` and `RandomState`.
//!
//! `DefaultHasher` is SipHash-1-3 like the real one, so `DefaultHasher::new()` (keys 0, 0) produces the
//! same hash values as natively for the same sequence of writes. `RandomState` has no randomness here:
//! every instance uses the keys (0, 0). Iteration order of `HashMap`/`HashSet` is unspecified in the
//! real std (and differs between runs), so nothing a correct program prints depends on this.

#[doc(inline)]
pub use core::hash::*;

/// SipHash-1-3 over the stream of written bytes (real: `core::hash::sip::Hasher<Sip13Rounds>`).
#[derive(Clone, Debug)]
struct SipHasher13 {
    k0: u64,
    k1: u64,
    /// Bytes written so far.
    length: usize,
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    /// Unprocessed bytes (little-endian), fewer than 8.
    tail: u64,
    ntail: usize,
}

impl SipHasher13 {
    fn new_with_keys(k0: u64, k1: u64) -> SipHasher13 {
        SipHasher13 {
            k0,
            k1,
            length: 0,
            v0: k0 ^ 0x736f6d6570736575,
            v1: k1 ^ 0x646f72616e646f6d,
            v2: k0 ^ 0x6c7967656e657261,
            v3: k1 ^ 0x7465646279746573,
            tail: 0,
            ntail: 0,
        }
    }

    #[inline]
    fn round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13);
        *v1 ^= *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16);
        *v3 ^= *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21);
        *v3 ^= *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17);
        *v1 ^= *v2;
        *v2 = v2.rotate_left(32);
    }

    /// Compresses one 8-byte word (one round: SipHash-1-3).
    fn process(&mut self, m: u64) {
        self.v3 ^= m;
        SipHasher13::round(&mut self.v0, &mut self.v1, &mut self.v2, &mut self.v3);
        self.v0 ^= m;
    }

    fn write_bytes(&mut self, msg: &[u8]) {
        self.length += msg.len();
        let mut i = 0;
        while i < msg.len() {
            self.tail |= (msg[i] as u64) << (8 * self.ntail);
            self.ntail += 1;
            if self.ntail == 8 {
                let m = self.tail;
                self.process(m);
                self.tail = 0;
                self.ntail = 0;
            }
            i += 1;
        }
    }

    /// The hash of the bytes written so far (three finalisation rounds).
    fn finish_hash(&self) -> u64 {
        let mut v0 = self.v0;
        let mut v1 = self.v1;
        let mut v2 = self.v2;
        let mut v3 = self.v3;
        let b: u64 = ((self.length as u64 & 0xff) << 56) | self.tail;
        v3 ^= b;
        SipHasher13::round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= b;
        v2 ^= 0xff;
        SipHasher13::round(&mut v0, &mut v1, &mut v2, &mut v3);
        SipHasher13::round(&mut v0, &mut v1, &mut v2, &mut v3);
        SipHasher13::round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^ v1 ^ v2 ^ v3
    }
}

/// The default hasher of `RandomState` (SipHash-1-3).
#[derive(Clone, Debug)]
pub struct DefaultHasher(SipHasher13);

impl DefaultHasher {
    /// A hasher with the keys (0, 0), as in the real std.
    pub fn new() -> DefaultHasher {
        DefaultHasher(SipHasher13::new_with_keys(0, 0))
    }
}

impl Default for DefaultHasher {
    fn default() -> DefaultHasher {
        DefaultHasher::new()
    }
}

impl Hasher for DefaultHasher {
    #[inline]
    fn write(&mut self, msg: &[u8]) {
        self.0.write_bytes(msg)
    }

    /// Like the real SipHasher: a `str` is its bytes followed by `0xff`.
    #[inline]
    fn write_str(&mut self, s: &str) {
        self.0.write_bytes(s.as_bytes());
        self.0.write_bytes(&[0xff]);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0.finish_hash()
    }
}

/// The default `BuildHasher` of `HashMap`/`HashSet` (here with fixed keys; see the module docs).
#[derive(Clone, Debug)]
pub struct RandomState {
    k0: u64,
    k1: u64,
}

impl RandomState {
    /// A new state.
    pub fn new() -> RandomState {
        RandomState { k0: 0, k1: 0 }
    }
}

impl Default for RandomState {
    fn default() -> RandomState {
        RandomState::new()
    }
}

impl BuildHasher for RandomState {
    type Hasher = DefaultHasher;

    fn build_hasher(&self) -> DefaultHasher {
        DefaultHasher(SipHasher13::new_with_keys(self.k0, self.k1))
    }
}
