"""Document seeds. Every random choice of a document comes from a named stream derived from its
seed, so drawing one more layout parameter never changes the report's values (and vice versa)."""
import hashlib
import random


def doc_seed(seed, index):
    """The seed of document `index` of run `seed` (stable across Python versions and machines)."""
    h = hashlib.sha256(f"govreport-stress:{seed}:{index}".encode()).hexdigest()
    return int(h[:15], 16)


def stream(dseed, name):
    """An independent random.Random for one aspect (report, layout, scan, ...) of a document."""
    h = hashlib.sha256(f"{dseed}:{name}".encode()).hexdigest()
    return random.Random(int(h[:15], 16))


def weighted(rng, table):
    """Pick a key of {key: weight}."""
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]
