"""The facade's httpx clients (kms_facade/http_client.py) send what httpx's own clients send: the query they encode
once is httpx's, byte for byte, and cookies a server sets are kept and sent back."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from kms_facade.http_client import AsyncHttpClient, HttpClient, with_query

BASE = "https://kms.example.com/base"
VALUES = ["ocid1.compartment.oc1..aaaa", "a b", "a+b", "a&b=c", "é ü 漢", "%41", "/x?y#z", "~-._", "", "[]@:!$'()*,;"]
SCALARS = [True, False, 0, 100, 1.5]


@pytest.mark.parametrize("value", VALUES + SCALARS, ids=repr)
def test_the_query_is_the_one_httpx_builds(value: object) -> None:
    stock, ours = httpx.Client(base_url=BASE), HttpClient(base_url=BASE)
    for params in ({"compartmentId": value}, {"compartmentId": "c", "limit": 10, "page": value}):
        expected = stock.build_request("GET", "/20180608/keys", params=params)
        sent = ours.build_request("GET", "/20180608/keys", params=params)
        assert sent.url.raw_path == expected.url.raw_path
        assert str(sent.url) == str(expected.url)


def test_what_is_not_a_mapping_of_scalars_on_a_bare_path_is_left_to_httpx() -> None:
    assert with_query("/k", {"a": "b"}) == ("/k?a=b", None)
    for url, params in (
        ("/k", {}),
        ("/k", None),
        ("/k", {"a": ["b", "c"]}),
        ("/k", {"a": None}),
        ("/k", [("a", "b")]),
        ("/k?x=1", {"a": "b"}),
        (httpx.URL("/k"), {"a": "b"}),
    ):
        assert with_query(url, params) == (url, params)
    stock, ours = httpx.Client(base_url=BASE), HttpClient(base_url=BASE)
    for url, params in (("/k?x=1", {"a": "b"}), ("/k", {"a": ["b", "c"]}), ("/k", {})):
        assert ours.build_request("GET", url, params=params).url == stock.build_request("GET", url, params=params).url


def _cookie_server(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/set"):
        return httpx.Response(200, headers={"set-cookie": "session=abc; Path=/"})
    return httpx.Response(200, json={"cookie": request.headers.get("cookie")})


def test_cookies_a_server_sets_are_kept_and_sent_back_sync_and_async(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    extract = httpx.Cookies.extract_cookies

    def counting(cookies: httpx.Cookies, response: httpx.Response) -> None:
        parsed.append(response.url.path)
        extract(cookies, response)

    monkeypatch.setattr(httpx.Cookies, "extract_cookies", counting)
    with HttpClient(base_url=BASE, transport=httpx.MockTransport(_cookie_server)) as client:
        assert client.get("/echo").json() == {"cookie": None}
        assert parsed == []  # a response without Set-Cookie is not parsed for cookies: there are none
        client.get("/set")
        assert parsed == ["/base/set"]
        assert client.cookies["session"] == "abc"
        assert client.get("/echo").json() == {"cookie": "session=abc"}

    async def run() -> object:
        async with AsyncHttpClient(base_url=BASE, transport=httpx.MockTransport(_cookie_server)) as client:
            await client.get("/set")
            return (await client.get("/echo")).json()

    assert asyncio.run(run()) == {"cookie": "session=abc"}


PATHS = [
    "/20180608/keys/ocid1.key.oc1.iad.x.abuwc",
    "/20180608/keys/a%2Fb%20c",
    "/a b/é漢/~x",
    "/a/./b/../c",
    "///x",
    "/x%zz/%41",
    "/20180608/keys?compartmentId=a+b&limit=1",
    "/",
    "/x#frag",
]


@pytest.mark.parametrize("base", ["https://kms.example.com/base", "http://127.0.0.1:8080", "http://h/a/b/"])
@pytest.mark.parametrize("path", PATHS)
def test_a_relative_url_joins_the_base_url_as_httpx_joins_it(base: str, path: str) -> None:
    expected = httpx.Client(base_url=base).build_request("GET", path).url
    sent = HttpClient(base_url=base).build_request("GET", path).url
    assert (sent.raw_path, str(sent)) == (expected.raw_path, str(expected))


def test_an_assigned_base_url_is_the_one_joined() -> None:
    client = HttpClient(base_url="https://one.example.com")
    assert client.build_request("GET", "/k").url == "https://one.example.com/k"
    client.base_url = httpx.URL("https://two.example.com/p")
    assert client.build_request("GET", "/k").url == "https://two.example.com/p/k"
    assert HttpClient().build_request("GET", "https://three.example.com/k").url == "https://three.example.com/k"
