"""Copies of one report: the normalised text's hash finds exact copies, MinHash over word shingles finds wire
copies republished with small edits (datasketch). Both become literal keys the store looks up by index."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from datasketch import LeanMinHash, MinHash

SHINGLE = 5          # words per shingle
PERMUTATIONS = 128
BANDS = 16           # LSH: 16 bands of 8 rows find pairs above ~0.7 Jaccard with high probability
NEAR_DUPLICATE = 0.8  # estimated Jaccard of shingles above which two texts are one report
SCHEME = "affine32"    # datasketch 2 permutation scheme; stored signatures are read back with it


def normalise(text: str) -> str:
    """Case, accents, punctuation and spacing do not make a new report."""
    if text.isascii():  # most articles: no accents to strip, NFKD is the identity (and casefold is lower)
        return " ".join(re.findall(r"\w+", text.lower()))
    return _normalise_unicode(text)


def _normalise_unicode(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", text))


def text_hash(text: str) -> str:
    return _hash(normalise(text))


def signature(text: str) -> LeanMinHash:
    return _signature(normalise(text))


def fingerprint(text: str) -> tuple[str, LeanMinHash]:
    """``text_hash`` and ``signature`` of one text, normalising it once."""
    normal = normalise(text)
    return _hash(normal), _signature(normal)


def _hash(normal: str) -> str:
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def _signature(normal: str) -> LeanMinHash:
    words = normal.split()
    m = MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME)
    m.update_batch([" ".join(words[i:i + SHINGLE]).encode("utf-8")
                    for i in range(max(len(words) - SHINGLE + 1, 1))])
    return LeanMinHash(m)


def band_keys(sig: LeanMinHash) -> list[str]:
    rows = PERMUTATIONS // BANDS
    out = []
    for b in range(BANDS):
        chunk = sig.hashvalues[b * rows:(b + 1) * rows]
        out.append(f"lsh:{b}:{hashlib.sha1(chunk.tobytes()).hexdigest()[:16]}")
    return out


def to_hex(sig: LeanMinHash) -> str:
    return sig.hashvalues.astype("<u4").tobytes().hex()


def from_hex(value: str) -> LeanMinHash:
    import numpy as np

    values = np.frombuffer(bytes.fromhex(value), dtype="<u4").astype(np.uint64)
    return LeanMinHash(seed=1, hashvalues=values, scheme=SCHEME)


def similar(a: LeanMinHash, b: LeanMinHash) -> bool:
    return a.jaccard(b) >= NEAR_DUPLICATE
