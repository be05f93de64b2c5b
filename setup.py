"""Ships the checkout's data folders inside the wheel as ``kg/_data/...`` (read through kg.resources).

The folders stay where the project card wants them (ontology/, shapes/, data/); setuptools' package_dir maps
each onto a name inside the ``kg`` package, so a non-editable ``pip install .`` carries them. Everything else
about the package is declared in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

# package inside kg → folder in the checkout (kept in step with kg.resources.LAYOUT by tests/test_packaging.py)
DATA_FOLDERS = {
    "kg._data.ontology": "ontology",
    "kg._data.ontology.queries": "ontology/queries",
    "kg._data.shapes": "shapes",
    "kg._data.reference": "data/reference",
    "kg._data.articles": "data/articles",
}

# Folders of files (web/static, web/templates, the data) are namespace packages to setuptools: listing them all
# as packages, each with all its files, is what keeps the build free of "package would be ignored" warnings.
setup(
    packages=find_namespace_packages(include=["kg", "kg.*"], exclude=["*.__pycache__"]) + list(DATA_FOLDERS),
    package_dir=DATA_FOLDERS,
    package_data={"": ["*"]},
    exclude_package_data={"": ["*.pyc"]},
)
