"""Tiny features indexes for tests: rows chosen by the test, so the answer is known."""

from __future__ import annotations

import numpy as np

from aigc_studio.gan.features import (
    default_feature_net_path,
    extract_features,
    file_digest,
    load_feature_net,
)
from aigc_studio.gan.originality import FeaturesIndex, index_path_for, save_index


def write_index_beside(model, features, names) -> None:
    """A features index for ``model`` whose rows are exactly ``features``."""
    index = FeaturesIndex(
        features=np.asarray(features, dtype=np.float32),
        names=list(names),
        near_copy_threshold=0.5,
        feature_net=file_digest(default_feature_net_path()),
        resolution=64,
    )
    save_index(index_path_for(model), index)


def feature_of(image):
    return extract_features(load_feature_net(), np.array(image)[None])[0]
