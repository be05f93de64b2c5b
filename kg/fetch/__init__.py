"""Fetching articles and feeds from the web, politely and safely, into a page cache beside the store.

http.py fetches (robots.txt, rate limits, caps, address checks via safety.py); cache.py keeps every fetched
page with its fetch record so that a rebuild never refetches; feeds.py reads RSS/Atom and keeps the registered
feeds; collect.py turns URLs into cached article files for the ordinary pipeline; watch.py polls the feeds.
"""
