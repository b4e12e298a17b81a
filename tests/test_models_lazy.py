"""The models packages load a model on first access (generator/templates/models_init.py.jinja), and every name of
``__all__`` still resolves, the same class through ``kms_api_client.models``, ``kms_facade.models`` and
``kms_facade.key_management.models``."""

from __future__ import annotations

import json
import subprocess
import sys

import kms_api_client.models as generated
import pytest

import kms_facade.key_management.models as sdk_models
import kms_facade.models as facade_models

_PROBE = """
import json, sys
from kms_facade.models import Key
from kms_api_client.api.kms_management import get_key
print(json.dumps(sorted(m for m in sys.modules if m.startswith("kms_api_client.models."))))
"""


def test_using_one_model_loads_only_the_models_it_refers_to() -> None:
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True).stdout
    loaded = json.loads(out)
    assert "kms_api_client.models.key" in loaded
    assert "kms_api_client.models.wrapping_key" not in loaded  # not referred to by Key or get_key
    assert len(loaded) < len(generated.__all__)


@pytest.mark.parametrize("package", [generated, facade_models, sdk_models], ids=lambda module: module.__name__)
def test_every_name_of_all_resolves_to_the_generated_class(package: object) -> None:
    names = package.__all__  # type: ignore[attr-defined]
    assert names == generated.__all__
    for name in names:
        value = getattr(package, name)
        assert value is getattr(generated, name)
        assert value.__name__ == name
    assert set(names) <= set(dir(package))


@pytest.mark.parametrize("package", [generated, facade_models, sdk_models], ids=lambda module: module.__name__)
def test_an_unknown_name_is_an_attribute_error(package: object) -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = package.NoSuchModel  # type: ignore[attr-defined]


def test_star_import_still_gives_every_model() -> None:
    namespace: dict[str, object] = {}
    exec("from kms_facade.models import *", namespace)
    assert set(generated.__all__) <= set(namespace)
