# expect: none
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Article

def article_detail(request, slug):
    article = get_object_or_404(Article, slug=slug)
    page = int(request.GET.get("page", 1))
    per_page = 20
    comments = article.comments.all()[(page - 1) * per_page: page * per_page]
    return JsonResponse({"title": article.title, "comments": [c.text for c in comments]})
