from bot.feeds.links import canonical_url


def test_google_alerts_links_are_unwrapped():
    wrapped = (
        "https://www.google.com/url?rct=j&sa=t&url=https://www.fiercebiotech.com/biotech/orrina-bexrix-deal"
        "%3Futm_source%3Dalert&ct=ga&cd=CAIyGjA&usg=AOvVaw1"
    )
    assert canonical_url(wrapped) == "https://www.fiercebiotech.com/biotech/orrina-bexrix-deal"


def test_other_wrappers_and_nested_wrappers():
    article = "https://news.example/story/1?id=7"
    bing = "https://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=1&url=https%3a%2f%2fnews.example%2fstory%2f1%3fid%3d7"
    assert canonical_url(bing) == article
    nested = (
        "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.google.com%2Furl%3Furl%3D"
        "https%253A%252F%252Fnews.example%252Fstory%252F1%253Fid%253D7"
    )
    assert canonical_url(nested) == article


def test_tracking_parameters_fragment_case_and_default_port_dropped():
    assert (
        canonical_url("HTTPS://News.Example:443/a/b?utm_source=x&page=2&fbclid=abc&mc_cid=1#comments")
        == "https://news.example/a/b?page=2"
    )
    assert canonical_url("http://127.0.0.1:8080/a") == "http://127.0.0.1:8080/a"


def test_a_google_search_link_without_a_target_is_left_alone():
    assert canonical_url("https://www.google.com/url?sa=t") == "https://www.google.com/url?sa=t"


def test_an_ipv6_host_keeps_its_brackets():
    assert canonical_url("http://[::ffff:127.0.0.1]/x") == "http://[::ffff:127.0.0.1]/x"
    assert canonical_url("HTTP://[2001:DB8::1]:8080/a?utm_source=x") == "http://[2001:db8::1]:8080/a"
    assert canonical_url("https://[2001:db8::1]:443/a") == "https://[2001:db8::1]/a"
