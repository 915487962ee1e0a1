"""KID, precision/recall and the originality check on features whose answer is known."""

from __future__ import annotations

import numpy as np
import pytest

from aigc_studio.gan.quality import RealFeatures, compare, kid, originality, precision_recall


def cluster(centre: float, count: int = 300, dim: int = 16, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (centre + rng.standard_normal((count, dim))).astype(np.float32)


def test_kid_is_zero_for_the_same_distribution_and_grows_with_the_gap() -> None:
    real = cluster(0.0, seed=1)
    same, _ = kid(real, real, subsets=20, subset_size=200)
    fresh, _ = kid(real, cluster(0.0, seed=2), subsets=20, subset_size=200)
    near, near_std = kid(real, cluster(0.5, seed=3), subsets=20, subset_size=200)
    far, _ = kid(real, cluster(2.0, seed=4), subsets=20, subset_size=200)
    # A set against itself is slightly negative, O(1/m): shared points put their self-similarity
    # into the cross term, which the unbiased within-set terms leave out.
    assert abs(same) < 0.1 * near and abs(fresh) < 0.05 * near
    assert near > 10 * abs(fresh) and near > 3 * near_std
    assert far > 5 * near


def test_kid_estimator_is_unbiased_so_can_go_slightly_negative() -> None:
    # A biased (V-statistic) MMD would be > 0 for every pair of finite samples.
    values = [
        kid(cluster(0, 50, seed=s), cluster(0, 50, seed=s + 100), 1, 50)[0] for s in range(20)
    ]
    assert min(values) < 0 < max(values)


def test_precision_recall_of_identical_sets_is_one_and_of_disjoint_clusters_zero() -> None:
    real = cluster(0.0, seed=5)
    assert precision_recall(real, real.copy()) == (1.0, 1.0)
    precision, recall = precision_recall(real, cluster(30.0, seed=6))
    assert precision == 0.0 and recall == 0.0


def test_precision_and_recall_separate_quality_from_variety() -> None:
    real = cluster(0.0, count=400, seed=7)
    # Mode collapse: every sample near the real centre, but none of its spread.
    collapsed = (0.2 * cluster(0.0, count=400, seed=8)).astype(np.float32)
    precision, recall = precision_recall(real, collapsed)
    assert precision > 0.9 and recall < 0.3


def test_compare_reports_all_scores() -> None:
    scores = compare(cluster(0.0, 500, seed=9), cluster(0.0, 200, seed=10))
    assert set(scores) == {"kid", "kid_std", "precision", "recall"}
    assert scores["precision"] > 0.5 and scores["recall"] > 0.5


def test_originality_flags_an_exact_copy_and_not_a_fresh_or_far_sample() -> None:
    features = cluster(0.0, count=500, seed=11)
    real = RealFeatures.from_features(features, [f"{i}.png" for i in range(500)])
    assert real.near_copy_threshold > 0
    samples = np.stack([features[42], features[7] + 1e-4, cluster(50.0, 1, seed=12)[0]])
    result = originality(samples, real)
    assert list(result.nearest_index[:2]) == [42, 7]
    assert result.distance[0] == pytest.approx(0, abs=1e-6)
    assert list(result.near_copy) == [True, True, False]
    fresh = originality(cluster(0.0, count=500, seed=13), real)
    assert fresh.near_copy.mean() < 0.05  # calibrated: ~1% of new real-like samples


def test_too_few_samples_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        kid(cluster(0.0, 1), cluster(0.0, 5))
    with pytest.raises(ValueError, match="more than 3"):
        precision_recall(cluster(0.0, 3), cluster(0.0, 3))
