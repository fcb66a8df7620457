//! One allocation: its bytes, which of them are initialised, and which carry pointer provenance.
//!
//! Provenance is kept sparsely: a sorted list of `(offset, Provenance)` entries, one per stored pointer
//! (at the pointer's first byte). Most allocations hold no pointers, so the list is usually empty and
//! costs nothing.

use bs_ir::Span;

use super::{AllocKind, BorTag, Provenance};

pub const PTR_SIZE: u64 = 8;

/// A bit per byte: set when the byte is initialised.
#[derive(Clone, Debug, Default)]
pub struct InitMask {
    words: Vec<u64>,
}

impl InitMask {
    pub fn new(len: u64, init: bool) -> InitMask {
        let n = len.div_ceil(64) as usize;
        InitMask {
            words: vec![if init { u64::MAX } else { 0 }; n],
        }
    }

    #[inline]
    pub fn get(&self, i: u64) -> bool {
        self.words
            .get((i / 64) as usize)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Sets bits `start..start+len`.
    pub fn set_range(&mut self, start: u64, len: u64, v: bool) {
        let mut i = start;
        let end = start + len;
        while i < end {
            let w = (i / 64) as usize;
            let bit = i % 64;
            let n = (64 - bit).min(end - i);
            let mask = if n == 64 {
                u64::MAX
            } else {
                ((1u64 << n) - 1) << bit
            };
            if let Some(word) = self.words.get_mut(w) {
                if v {
                    *word |= mask;
                } else {
                    *word &= !mask;
                }
            }
            i += n;
        }
    }

    /// The first uninitialised byte in `start..start+len`, if any.
    pub fn first_uninit(&self, start: u64, len: u64) -> Option<u64> {
        let mut i = start;
        let end = start + len;
        while i < end {
            let w = (i / 64) as usize;
            let bit = i % 64;
            let n = (64 - bit).min(end - i);
            let mask = if n == 64 {
                u64::MAX
            } else {
                ((1u64 << n) - 1) << bit
            };
            let word = self.words.get(w).copied().unwrap_or(0);
            if word & mask != mask {
                let missing = !word & mask;
                return Some(w as u64 * 64 + missing.trailing_zeros() as u64);
            }
            i += n;
        }
        None
    }

    /// All bits cleared, for `len` bytes.
    pub fn reset(&mut self, len: u64) {
        self.words.clear();
        self.words.resize(len.div_ceil(64) as usize, 0);
    }

    pub fn resize(&mut self, len: u64) {
        self.words.resize(len.div_ceil(64) as usize, 0);
    }
}

/// A value's bytes detached from memory (for copies of aggregates and constants).
#[derive(Clone, Debug, Default)]
pub struct Bytes {
    pub data: Vec<u8>,
    pub init: InitMask,
    /// Provenance entries at byte offsets (sorted).
    pub prov: Vec<(u64, Provenance)>,
}

impl Bytes {
    pub fn uninit(len: u64) -> Bytes {
        Bytes {
            data: vec![0; len as usize],
            init: InitMask::new(len, false),
            prov: Vec::new(),
        }
    }
    pub fn len(&self) -> u64 {
        self.data.len() as u64
    }
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}

#[derive(Debug)]
pub struct Allocation {
    pub base: u64,
    pub size: u64,
    pub align: u64,
    pub kind: AllocKind,
    pub mutable: bool,
    pub bytes: Vec<u8>,
    pub init: InitMask,
    /// Sorted by offset; each entry covers `PTR_SIZE` bytes.
    pub prov: Vec<(u64, Provenance)>,
    pub root_tag: BorTag,
    /// Where the allocation was made (for leak reports).
    pub span: Span,
    pub exposed: bool,
}

impl Allocation {
    /// Removes provenance entries overlapping `start..start+len`.
    pub fn clear_prov(&mut self, start: u64, len: u64) {
        if self.prov.is_empty() || len == 0 {
            return;
        }
        let end = start + len;
        self.prov
            .retain(|(o, _)| !(*o < end && *o + PTR_SIZE > start));
    }

    /// The provenance stored exactly at `offset`, if the pointer there is whole.
    pub fn prov_at(&self, offset: u64) -> Option<Provenance> {
        if self.prov.is_empty() {
            return None;
        }
        self.prov
            .binary_search_by_key(&offset, |e| e.0)
            .ok()
            .map(|i| self.prov[i].1)
    }

    pub fn insert_prov(&mut self, offset: u64, p: Provenance) {
        match self.prov.binary_search_by_key(&offset, |e| e.0) {
            Ok(i) => self.prov[i].1 = p,
            Err(i) => self.prov.insert(i, (offset, p)),
        }
    }

    /// Provenance entries inside `start..start+len`, relative to `start`.
    pub fn prov_in(&self, start: u64, len: u64) -> Vec<(u64, Provenance)> {
        if self.prov.is_empty() {
            return Vec::new();
        }
        self.prov
            .iter()
            .filter(|(o, _)| *o >= start && *o + PTR_SIZE <= start + len)
            .map(|(o, p)| (o - start, *p))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_mask_ranges() {
        let mut m = InitMask::new(200, false);
        assert_eq!(m.first_uninit(0, 10), Some(0));
        m.set_range(3, 130, true);
        assert_eq!(m.first_uninit(3, 130), None);
        assert_eq!(m.first_uninit(0, 200), Some(0));
        assert_eq!(m.first_uninit(3, 131), Some(133));
        m.set_range(64, 1, false);
        assert_eq!(m.first_uninit(3, 130), Some(64));
        assert!(m.get(63) && !m.get(64));
    }
}
