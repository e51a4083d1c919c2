"""Twente regional dashboard: data, indicators, maps, charts and search.

Everything in this package except ``twente.ui`` works without Streamlit, so it can be
tested and benchmarked on its own.
"""
