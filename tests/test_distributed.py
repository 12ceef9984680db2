"""factcheck on Dask: a local cluster gives the report of a single process."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from conftest import Archive

import factcheck

distributed = pytest.importorskip("dask.distributed")

import factcheck.distributed  # noqa: E402 - only once Dask is known to be there


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A cluster of two workers in this process (threads): the shuffle between them is
    Dask's own, as on a cluster of machines. (Each cluster serves HTTP, dashboard or not:
    on a free port, so that two do not clash.)"""
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


@pytest.mark.parametrize("partition_size", [1, 3, 100])
def test_a_cluster_gives_the_report_of_one_process(
    archive: Archive, client: distributed.Client, partition_size: int
) -> None:
    """However the inputs are split, the findings, accepted findings, documents and claims
    are those of one process: groups of claims meet across workers."""
    one = factcheck.check(archive.inputs, config=archive.config)
    many = factcheck.distributed.check(
        archive.inputs, config=archive.config, scheduler=client, partition_size=partition_size
    )
    assert json.dumps(many.to_dict()) == json.dumps(one.to_dict())
    assert many.claims == one.claims and many.documents == one.documents


def test_duplicate_ids_are_refused(archive: Archive, client: distributed.Client) -> None:
    """Two inputs of one id are an invalid argument, as in one process."""
    with pytest.raises(factcheck.InvalidArgument, match="two documents have the id"):
        factcheck.distributed.check(
            [archive.inputs[0], archive.inputs[0]], config=archive.config, scheduler=client
        )


def test_workers_in_processes_give_the_report_of_one_process(archive: Archive) -> None:
    """Between worker processes, claims and findings travel as bytes and come back equal."""
    one = factcheck.check(archive.inputs, config=archive.config)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with cluster, distributed.Client(cluster) as client:
        many = factcheck.distributed.check(
            archive.inputs, config=archive.config, scheduler=client, partition_size=2
        )
    assert json.dumps(many.to_dict()) == json.dumps(one.to_dict())
    assert many.claims == one.claims
