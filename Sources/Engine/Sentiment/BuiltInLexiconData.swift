// Generated from data/sentiment/lexicon-en.tsv by scripts/generate-lexicon.py; do not edit by hand.
// A test checks that this file and the TSV agree.

/// The built-in English lexicon, as the text of `data/sentiment/lexicon-en.tsv`.
enum BuiltInLexiconData {
    static let tsv = #"""
# rulesd's English sentiment lexicon for customer direct messages.
# term<TAB>valence, valence from -4 (very negative) to 4 (very positive); terms are folded like
# messages are (lower case, accents and apostrophes removed); several words make a phrase;
# emoji are written without variation selectors or skin tones. See docs/sentiment.md.
adore	3.4
adored	3.4
adores	3.4
adoring	3.4
in love	3.4
love	3.4
love it	3.4
love them	3.4
love this	3.4
loved	3.4
loves	3.4
lovin	3.4
loving	3.4
luv	3.4
obsessed	3.4
5 stars	3.2
amazing	3.2
amazingly	3.2
awesome	3.2
best ever	3.2
best purchase	3.2
best service	3.2
best shop	3.2
best store	3.2
breathtaking	3.2
exquisite	3.2
fabulous	3.2
fantastic	3.2
five stars	3.2
flawless	3.2
gorgeous	3.2
incredible	3.2
incredibly good	3.2
magnificent	3.2
marvellous	3.2
marvelous	3.2
outstanding	3.2
perfect	3.2
perfection	3.2
perfectly	3.2
perfectly fine	3.2
phenomenal	3.2
spectacular	3.2
stunning	3.2
superb	3.2
the best	3.2
ur the best	3.2
wonderful	3.2
wonderfully	3.2
you are the best	3.2
you're the best	3.2
youre the best	3.2
❤	3.2
❤️‍🔥	3.2
💓	3.2
💕	3.2
💖	3.2
💗	3.2
💘	3.2
💞	3.2
😍	3.2
😘	3.2
😻	3.2
🤩	3.2
🥰	3.2
🥳	3.2
🫶	3.2
10 out of 10	3.0
5 star	3.0
a plus	3.0
a-plus	3.0
absolutely beautiful	3.0
adorbs	3.0
adoringly	3.0
best shop ever	3.0
better in person	3.0
better than expected	3.0
beyond happy	3.0
blown away	3.0
buzzing	3.0
chuffed	3.0
could not be happier	3.0
couldn't be happier	3.0
couldnt be happier	3.0
delightfully	3.0
ecstatically	3.0
eternally grateful	3.0
even better than the photos	3.0
exceeded expectations	3.0
exceeded my expectations	3.0
extremely satisfied	3.0
fantastically	3.0
first class	3.0
first-class	3.0
five star	3.0
forever grateful	3.0
game changer	3.0
gorgeously	3.0
grateful for	3.0
heart warming	3.0
heartwarming	3.0
highly satisfied	3.0
hyped	3.0
in love with	3.0
joyfully	3.0
life changing	3.0
love love	3.0
love love love	3.0
lovingly	3.0
made my day	3.0
many many thanks	3.0
marvelously	3.0
million thanks	3.0
moved	3.0
on cloud nine	3.0
over the moon	3.0
overjoyed with	3.0
prettier in person	3.0
pumped	3.0
pure perfection	3.0
simply perfect	3.0
so beautiful	3.0
so grateful	3.0
so happy with	3.0
so lovely	3.0
sooo good	3.0
spectacularly	3.0
stoked	3.0
stunningly	3.0
super satisfied	3.0
ten out of ten	3.0
thank you so so much	3.0
thanks a million	3.0
thanks for everything	3.0
thrilled to bits	3.0
top notch	3.0
top-notch	3.0
totally satisfied	3.0
touched	3.0
touching	3.0
very grateful	3.0
very satisfied	3.0
wonderfully made	3.0
world class	3.0
you made my day	3.0
:-d	2.8
:d	2.8
<3	2.8
<33	2.8
<333	2.8
amazign	2.8
appreciate	2.8
appreciated	2.8
appreciates	2.8
appreciating	2.8
awesom	2.8
awsome	2.8
beatiful	2.8
beautful	2.8
beautiful	2.8
beautifull	2.8
beautifully	2.8
blessed	2.8
brilliant	2.8
chef's kiss	2.8
delighted	2.8
delightful	2.8
divine	2.8
ecstatic	2.8
elated	2.8
euphoric	2.8
excelent	2.8
excellent	2.8
exelent	2.8
fabolous	2.8
fire	2.8
glorious	2.8
goals	2.8
gorgous	2.8
grateful	2.8
great quality	2.8
happy customer	2.8
heavenly	2.8
high quality	2.8
highly recommended	2.8
hooray	2.8
iconic	2.8
lit	2.8
lovely	2.8
must have	2.8
must-have	2.8
obsessed with	2.8
omg yes	2.8
overjoyed	2.8
recommend	2.8
recommending	2.8
satisfied customer	2.8
slay	2.8
slayed	2.8
slaying	2.8
so happy	2.8
super happy	2.8
superb quality	2.8
thankful	2.8
thrilled	2.8
top quality	2.8
very happy	2.8
worth every penny	2.8
worth it	2.8
wow	2.8
yaaay	2.8
yay	2.8
yippee	2.8
☺	2.6
✨	2.6
⭐	2.6
🌟	2.6
🌸	2.6
🌹	2.6
🎁	2.6
🎉	2.6
🎊	2.6
🏆	2.6
👏	2.6
👑	2.6
💅	2.6
💎	2.6
💐	2.6
💙	2.6
💚	2.6
💛	2.6
💜	2.6
💝	2.6
💯	2.6
🔥	2.6
😀	2.6
😁	2.6
😃	2.6
😄	2.6
😇	2.6
😊	2.6
😋	2.6
🙌	2.6
🤍	2.6
🤗	2.6
🥇	2.6
🧡	2.6
🩵	2.6
🩷	2.6
adorable	2.4
affordable	2.4
ahead of schedule	2.4
amazing team	2.4
amazing work	2.4
angel	2.4
arrived early	2.4
arrived fast	2.4
arrived quickly	2.4
bargain	2.4
beautiful work	2.4
beautifully packaged	2.4
beautifully wrapped	2.4
before expected	2.4
best buy	2.4
big fan of	2.4
bravo	2.4
buttery soft	2.4
came earlier than expected	2.4
came early	2.4
can't wait	2.4
cannot wait	2.4
cant wait	2.4
careful packaging	2.4
charming	2.4
cheap and good	2.4
cheerful	2.4
cheers	2.4
chic	2.4
classy	2.4
comfortable	2.4
comfy	2.4
congrats	2.4
congratulations	2.4
cosy	2.4
cosy and warm	2.4
cozy	2.4
cute	2.4
cute packaging	2.4
cuter	2.4
cutest	2.4
danke schön	2.4
delight	2.4
delighted with	2.4
dope	2.4
durable	2.4
earlier than expected	2.4
elegant	2.4
enjoy	2.4
enjoyable	2.4
enjoyed	2.4
enjoying	2.4
enjoys	2.4
epic	2.4
excited	2.4
exciting	2.4
fair price	2.4
fan of your	2.4
fashionable	2.4
fast delivery	2.4
fast shipping	2.4
fav	2.4
fave	2.4
favorite	2.4
favourite	2.4
fit perfectly	2.4
fits beautifully	2.4
fits great	2.4
fits like a dream	2.4
fits like a glove	2.4
fits me perfectly	2.4
fits nicely	2.4
fits perfectly	2.4
fits well	2.4
flattering	2.4
friendly	2.4
friendly staff	2.4
gem	2.4
generous	2.4
genuine	2.4
glad	2.4
good buy	2.4
good deal	2.4
good fit	2.4
good job	2.4
good price	2.4
good purchase	2.4
good quality	2.4
good value	2.4
good value for money	2.4
good work	2.4
grate	2.4
grazie mille	2.4
great	2.4
great buy	2.4
great deal	2.4
great fit	2.4
great job	2.4
great packaging	2.4
great price	2.4
great purchase	2.4
great staff	2.4
great surprise	2.4
great team	2.4
great value	2.4
great work	2.4
greatly	2.4
gud	2.4
happier	2.4
happiest	2.4
happy	2.4
happy with it	2.4
happy with my order	2.4
happy with the dress	2.4
happy with the purchase	2.4
helpful	2.4
helpful staff	2.4
hidden gem	2.4
honest	2.4
hopeful	2.4
huge fan of	2.4
impressed	2.4
impressive	2.4
it suits	2.4
joy	2.4
joyful	2.4
keep it up	2.4
keep up the good work	2.4
keeps me warm	2.4
king	2.4
kudos	2.4
legendary	2.4
legit	2.4
life saver	2.4
lifesaver	2.4
lightning fast	2.4
like it	2.4
like this	2.4
liked it	2.4
looking forward	2.4
looks amazing on	2.4
looks beautiful	2.4
looks better	2.4
looks gorgeous	2.4
looks great on	2.4
looks lovely	2.4
looks perfect	2.4
looks stunning	2.4
love my	2.4
love u	2.4
love ur	2.4
love you	2.4
love you guys	2.4
love your	2.4
love your page	2.4
love your shop	2.4
love your store	2.4
love your stuff	2.4
lovely packaging	2.4
lovely surprise	2.4
lovely team	2.4
lovely work	2.4
lovin it	2.4
loving it	2.4
loving the	2.4
loving this	2.4
lush	2.4
luv u	2.4
luxurious	2.4
luxury	2.4
merci beaucoup	2.4
mil gracias	2.4
money well spent	2.4
muchas gracias	2.4
neat	2.4
nice and warm	2.4
nice job	2.4
nice surprise	2.4
nice work	2.4
nicely made	2.4
nicely packaged	2.4
nicely wrapped	2.4
obrigadão	2.4
on time	2.4
optimistic	2.4
perfect fit	2.4
pleasant surprise	2.4
pleasantly surprised	2.4
pleased	2.4
pleased with	2.4
polite	2.4
premium	2.4
prettier	2.4
prettiest	2.4
pretty	2.4
professional	2.4
prompt	2.4
queen	2.4
quick delivery	2.4
quick shipping	2.4
rad	2.4
really like	2.4
reasonable	2.4
reasonably priced	2.4
reliable	2.4
responsive	2.4
runs true to size	2.4
satisfaction	2.4
satisfied	2.4
satisfying	2.4
sick	2.4
silky	2.4
sleek	2.4
so fast	2.4
so quick	2.4
so soft	2.4
so sweet of you	2.4
speedy	2.4
speedy delivery	2.4
speedy shipping	2.4
steal	2.4
stunner	2.4
sturdy	2.4
stylish	2.4
success	2.4
successful	2.4
suits me	2.4
suits me perfectly	2.4
suits me well	2.4
super fast	2.4
super quick	2.4
super soft	2.4
superstar	2.4
sweet	2.4
sweet deal	2.4
thank you again	2.4
thank you so much for	2.4
thank youu	2.4
thank youuu	2.4
thanks again	2.4
thanks so much for	2.4
thanksss	2.4
thankyouu	2.4
thnks	2.4
thoughtful	2.4
thx a lot	2.4
treasure	2.4
trendy	2.4
true to size	2.4
trustworthy	2.4
ty ty	2.4
tyy	2.4
value for money	2.4
very kind of you	2.4
very quick	2.4
very soft	2.4
well done	2.4
well made	2.4
well packaged	2.4
well packed	2.4
well pleased	2.4
well priced	2.4
well-made	2.4
win	2.4
winner	2.4
winning	2.4
wish	2.4
won	2.4
woohoo	2.4
worth	2.4
worth buying	2.4
worth every cent	2.4
worth the money	2.4
(:	2.2
:)	2.2
:-)	2.2
:-p	2.2
:3	2.2
:]	2.2
:p	2.2
;)	2.2
;-)	2.2
=)	2.2
^^	2.2
^_^	2.2
arrived on time	2.2
arrived safely	2.2
can't complain	2.2
cant complain	2.2
finally arrived	2.2
happy birthday	2.2
i like	2.2
i like it	2.2
it finally arrived	2.2
like them	2.2
liked them	2.2
merry christmas	2.2
no complaints	2.2
nothing to complain about	2.2
so kind	2.2
very kind	2.2
we like	2.2
will be back	2.2
will buy again	2.2
worth the wait	2.2
worth waiting	2.2
would buy again	2.2
xp	2.2
you're so kind	2.2
a treat	2.0
accurate	2.0
accurate description	2.0
adores it	2.0
agreed	2.0
all set	2.0
appreciate it	2.0
appreciate the note	2.0
as described	2.0
as new	2.0
as pictured	2.0
beautiful color	2.0
beautiful colour	2.0
beautiful cut	2.0
better	2.0
big fan	2.0
blessing	2.0
bright	2.0
buy again	2.0
calm	2.0
celebrate	2.0
celebrating	2.0
celebration	2.0
cheers mate	2.0
colorful	2.0
colourful	2.0
come back	2.0
coming back	2.0
compliments	2.0
cool	2.0
cute touch	2.0
danke	2.0
decent quality	2.0
delivered safely	2.0
doesn't fade	2.0
doesnt fade	2.0
done deal	2.0
dreamy	2.0
easier	2.0
efficient	2.0
everyone loved	2.0
everyone loves	2.0
exactly as described	2.0
exactly as pictured	2.0
exactly like the picture	2.0
excellent condition	2.0
fan	2.0
fancy	2.0
fast	2.0
faster	2.0
fastest	2.0
feel amazing	2.0
feel beautiful	2.0
feel confident	2.0
feel great	2.0
feel pretty	2.0
feel so good	2.0
fine quality	2.0
five stars for you	2.0
fixed	2.0
fortunate	2.0
fortunately	2.0
free gift	2.0
fun	2.0
funny	2.0
gift was lovely	2.0
glam	2.0
glamorous	2.0
glowing	2.0
good	2.0
good condition	2.0
good fabric	2.0
good material	2.0
gorgeous color	2.0
gorgeous colour	2.0
got compliments	2.0
gracias	2.0
grazie	2.0
great color	2.0
great colour	2.0
great condition	2.0
great cut	2.0
great material	2.0
haha	2.0
hahaha	2.0
handwritten note	2.0
hassle free	2.0
hassle-free	2.0
he loved it	2.0
hehe	2.0
holds up well	2.0
huge fan	2.0
i feel good	2.0
i recommend	2.0
improved	2.0
improvement	2.0
intact	2.0
intact and perfect	2.0
just as described	2.0
just like the picture	2.0
just right	2.0
laugh	2.0
laughing	2.0
like new	2.0
like the	2.0
like the photo	2.0
like the picture	2.0
little gift	2.0
lmao	2.0
lol	2.0
looks amazing	2.0
looks good	2.0
looks great	2.0
looks nice	2.0
love the	2.0
love the note	2.0
loved it	2.0
loved them	2.0
loved this	2.0
lovely color	2.0
lovely colour	2.0
loves it	2.0
loyal	2.0
luckily	2.0
lucky	2.0
many thanks	2.0
merci	2.0
merry	2.0
mint condition	2.0
much appreciated	2.0
my friends loved	2.0
nice	2.0
nice color	2.0
nice colour	2.0
nice fabric	2.0
nice material	2.0
nice note	2.0
nice touch	2.0
nicely	2.0
nicely cut	2.0
nicely designed	2.0
nicely done	2.0
niice	2.0
niiice	2.0
no pilling	2.0
no rush	2.0
obrigada	2.0
obrigado	2.0
of course	2.0
order again	2.0
peaceful	2.0
perfect condition	2.0
pleasant	2.0
positive	2.0
pretty color	2.0
pretty colour	2.0
quality fabric	2.0
quality material	2.0
quick	2.0
radiant	2.0
reccomend	2.0
recomend	2.0
recommand	2.0
recommend you	2.0
recommendable	2.0
recommended it	2.0
recommending you	2.0
regular customer	2.0
relief	2.0
relieved	2.0
resolved	2.0
rich colour	2.0
right size	2.0
safe and sound	2.0
same as the photo	2.0
sexy	2.0
she loved it	2.0
shiny	2.0
simple	2.0
small gift	2.0
smile	2.0
smiles	2.0
smiling	2.0
smooth process	2.0
so many compliments	2.0
solid	2.0
solved	2.0
sorted	2.0
sounds good	2.0
sounds great	2.0
sparkle	2.0
sparkling	2.0
sparkly	2.0
spoil myself	2.0
still looks new	2.0
strong stitching	2.0
supportive	2.0
sure thing	2.0
sweet touch	2.0
thank	2.0
thank u	2.0
thank you	2.0
thank you so much	2.0
thankfully	2.0
thanks	2.0
thanks a lot	2.0
thanks so much	2.0
thankss	2.0
thanku	2.0
thankyou	2.0
thanx	2.0
they loved it	2.0
thick fabric	2.0
thnx	2.0
thoughtful touch	2.0
thx	2.0
treat myself	2.0
treated myself	2.0
true colours	2.0
true to the photos	2.0
ty	2.0
tysm	2.0
tyvm	2.0
unexpected gift	2.0
upgrade	2.0
vibrant	2.0
vivid	2.0
vivid colours	2.0
washed well	2.0
washes well	2.0
welcome	2.0
well cut	2.0
well designed	2.0
well sewn	2.0
well stitched	2.0
well worth	2.0
will order again	2.0
will recommend	2.0
wonderful day	2.0
worked	2.0
working now	2.0
works	2.0
would recommend	2.0
xd	2.0
yep yep	2.0
yes please	2.0
yess	2.0
yesss	2.0
you're welcome	2.0
☀	1.8
✅	1.8
✔	1.8
🌈	1.8
🌞	1.8
👌	1.8
👍	1.8
💪	1.8
😂	1.8
😆	1.8
😉	1.8
😌	1.8
😎	1.8
😏	1.8
😸	1.8
🙂	1.8
🙏	1.8
🤝	1.8
🤞	1.8
🤣	1.8
🥹	1.8
🫡	1.8
all good	1.5
best	1.5
brand new	1.5
easy	1.5
no problem	1.5
no worries	1.5
not bad at all	1.5
okay then	1.5
smooth	1.5
soft	1.5
acceptable	1.2
all fine now	1.2
all right	1.2
all sorted	1.2
alright	1.2
alright thanks	1.2
apologies	1.2
aw	1.2
aww	1.2
awww	1.2
better now	1.2
cool thanks	1.2
decent	1.2
fair	1.2
fair enough	1.2
fine	1.2
fine by me	1.2
fine with me	1.2
fixed now	1.2
free delivery	1.2
glad to	1.2
glad to hear	1.2
good afternoon	1.2
good enough	1.2
good evening	1.2
good morning	1.2
good night	1.2
good to hear	1.2
good to know	1.2
got you	1.2
gotcha	1.2
great thanks	1.2
great to hear	1.2
handy	1.2
happy to	1.2
happy to wait	1.2
have a good day	1.2
have a great day	1.2
have a nice day	1.2
have a nice weekend	1.2
ideal	1.2
improved a lot	1.2
interested	1.2
interesting	1.2
it happens	1.2
it's fine	1.2
it's ok	1.2
its fine	1.2
its ok	1.2
lucky me	1.2
makes sense	1.2
maybe yes	1.2
much better	1.2
my pleasure	1.2
nice one	1.2
nice to hear	1.2
nice to know	1.2
no big deal	1.2
no biggie	1.2
no problem at all	1.2
no problem with that	1.2
not a big deal	1.2
not bad	1.2
notbad	1.2
noted	1.2
ok cool	1.2
ok great	1.2
ok perfect	1.2
ok thanks	1.2
okay great	1.2
okay perfect	1.2
okay thanks	1.2
patience	1.2
patient	1.2
perfect thank you	1.2
perfect thanks	1.2
please do	1.2
pleasure	1.2
practical	1.2
reasonable price	1.2
recommended	1.2
resolved now	1.2
solved now	1.2
sorry	1.2
sorry for the delay	1.2
sorted now	1.2
suitable	1.2
sure thanks	1.2
surprise	1.2
take care	1.2
that makes sense	1.2
that works	1.2
these things happen	1.2
understandable	1.2
understanding	1.2
understood	1.2
useful	1.2
versatile	1.2
welcome back	1.2
with pleasure	1.2
working fine	1.2
works for me	1.2
works now	1.2
yeah	1.2
yep	1.2
yes	1.2
yes thank you	1.2
yes thanks	1.2
curious	0.6
hope	0.6
hopefully	0.6
see you	0.6
sure	0.6
👀	0.6
😅	0.6
😳	0.6
🙃	0.6
🤭	0.6
🥺	0.6
😐	-0.4
😴	-0.4
😶	-0.4
🤔	-0.4
🤷	-0.4
🥱	-0.4
🫤	-0.4
2 weeks	-1.0
3 weeks	-1.0
:-/	-1.0
:-|	-1.0
:/	-1.0
:\	-1.0
:o	-1.0
:s	-1.0
:|	-1.0
a month	-1.0
a week	-1.0
it's been	-1.0
its been	-1.0
so long	-1.0
still no	-1.0
three weeks	-1.0
two weeks	-1.0
a bit expensive	-1.2
a bit off	-1.2
a little off	-1.2
a tad	-1.2
additional charge	-1.2
asymmetric	-1.2
average quality	-1.2
baggy	-1.2
bent	-1.2
bigger size	-1.2
boxy	-1.2
costly	-1.2
could be better quality	-1.2
creased	-1.2
creases	-1.2
crooked	-1.2
crumpled	-1.2
customs fees	-1.2
expected better	-1.2
expected more	-1.2
expensive shipping	-1.2
extra charge	-1.2
extra fees	-1.2
fluff	-1.2
held at customs	-1.2
hidden fees	-1.2
hmm not sure	-1.2
i expected better	-1.2
i expected more	-1.2
label missing	-1.2
lint	-1.2
loose thread	-1.2
loose threads	-1.2
mark on	-1.2
meh quality	-1.2
mismatched	-1.2
missing invoice	-1.2
missing receipt	-1.2
no invoice	-1.2
no label	-1.2
no receipt	-1.2
no tag	-1.2
not convinced	-1.2
not exactly	-1.2
not great quality	-1.2
not impressed	-1.2
not quite	-1.2
not quite right	-1.2
not really	-1.2
not really happy	-1.2
not really sure	-1.2
not so good	-1.2
not so great	-1.2
not special	-1.2
not that good	-1.2
not that great	-1.2
not the best quality	-1.2
not very good	-1.2
not very nice	-1.2
nothing special	-1.2
ok-ish	-1.2
okish	-1.2
on hold	-1.2
pricy	-1.2
runs big	-1.2
runs large	-1.2
runs small	-1.2
scratch	-1.2
scratched	-1.2
scratches	-1.2
scuff	-1.2
scuffed	-1.2
shipping cost	-1.2
shipping costs	-1.2
size down	-1.2
size up	-1.2
slightly off	-1.2
smaller size	-1.2
so-so quality	-1.2
spots	-1.2
squashed	-1.2
steep	-1.2
still pending	-1.2
still processing	-1.2
stuck	-1.2
stuck in transit	-1.2
tag missing	-1.2
thought it was	-1.2
thought it would be	-1.2
too loose	-1.2
unconvinced	-1.2
underwhelmed	-1.2
underwhelming	-1.2
uneven	-1.2
unimpressed	-1.2
wrinkled	-1.2
wrinkles	-1.2
wrong label	-1.2
⌛	-1.4
⏳	-1.4
☹	-1.4
⚠	-1.4
❌	-1.4
😑	-1.4
😒	-1.4
😓	-1.4
😕	-1.4
😟	-1.4
😥	-1.4
😬	-1.4
😮‍💨	-1.4
🙁	-1.4
🙄	-1.4
🤦	-1.4
🤦‍♀	-1.4
🤦‍♂	-1.4
a bit big	-1.6
a bit small	-1.6
a little big	-1.6
a little small	-1.6
afraid	-1.6
annoying process	-1.6
anxious	-1.6
asap	-1.6
average	-1.6
basic	-1.6
bigger than expected	-1.6
bland	-1.6
block	-1.6
blocked	-1.6
boring	-1.6
bruh	-1.6
cheap	-1.6
come on	-1.6
complicated	-1.6
concern	-1.6
concerned	-1.6
concerning	-1.6
confused	-1.6
confusing	-1.6
could be better	-1.6
could've been better	-1.6
different color	-1.6
different from the photo	-1.6
different than expected	-1.6
difficult	-1.6
discontinued	-1.6
doubts	-1.6
dull	-1.6
excuse	-1.6
excuses	-1.6
exhausted	-1.6
fear	-1.6
fearful	-1.6
hard	-1.6
hassle	-1.6
helpless	-1.6
hesitant	-1.6
hmm	-1.6
hmmm	-1.6
hopeless	-1.6
immediately	-1.6
impatient	-1.6
inconvenience	-1.6
inconvenient	-1.6
kinda small	-1.6
mediocre	-1.6
meh	-1.6
mistake in	-1.6
mix up	-1.6
mix-up	-1.6
mixup	-1.6
nervous	-1.6
never mind	-1.6
nevermind	-1.6
no longer available	-1.6
no thank you	-1.6
no thanks	-1.6
nooo	-1.6
noooo	-1.6
not available	-1.6
not good	-1.6
not great	-1.6
not happy	-1.6
not ideal	-1.6
not sure	-1.6
not the best	-1.6
not what i expected	-1.6
not what i ordered	-1.6
not what i wanted	-1.6
nvm	-1.6
odd	-1.6
oh no	-1.6
omg no	-1.6
out of stock	-1.6
pain	-1.6
painful	-1.6
plain	-1.6
promised	-1.6
returned	-1.6
sadly not	-1.6
scared	-1.6
sceptical	-1.6
seriously	-1.6
should have	-1.6
should've	-1.6
shouldve	-1.6
skeptical	-1.6
smaller than expected	-1.6
smh	-1.6
so so	-1.6
so-so	-1.6
sold out	-1.6
sorry but	-1.6
spam	-1.6
spamming	-1.6
stop	-1.6
strange	-1.6
stress	-1.6
stressed	-1.6
stressful	-1.6
supposed to	-1.6
sure whatever	-1.6
tired	-1.6
ugh	-1.6
ugly	-1.6
unavailable	-1.6
unclear	-1.6
unfortunate	-1.6
unfortunately	-1.6
unsubscribe	-1.6
unsure	-1.6
urgent	-1.6
wait	-1.6
waited	-1.6
waiting	-1.6
waitng	-1.6
weird	-1.6
what happened	-1.6
what is going on	-1.6
what's going on	-1.6
whatever	-1.6
whats going on	-1.6
why	-1.6
whyyy	-1.6
whyyyy	-1.6
worried	-1.6
worry	-1.6
worrying	-1.6
wth	-1.6
you said	-1.6
a week late	-1.8
answer me	-1.8
answer please	-1.8
any news	-1.8
any update	-1.8
any updates	-1.8
anybody there	-1.8
anyone there	-1.8
app crashed	-1.8
arrived late	-1.8
attempted delivery	-1.8
awaiting reply	-1.8
awaiting response	-1.8
billed twice	-1.8
broken link	-1.8
came late	-1.8
can i cancel	-1.8
card declined	-1.8
charged and	-1.8
charged but	-1.8
charged too much	-1.8
charged without	-1.8
checkout not working	-1.8
courier didn't come	-1.8
courier never came	-1.8
days late	-1.8
delayed delivery	-1.8
delayed order	-1.8
delayed shipping	-1.8
delivered late	-1.8
delivery delay	-1.8
delivery failed	-1.8
didn't get an email	-1.8
different price	-1.8
double payment	-1.8
driver never came	-1.8
duplicate charge	-1.8
failed delivery	-1.8
hello anyone	-1.8
i need a response	-1.8
i need an answer	-1.8
ignored again	-1.8
ignoring again	-1.8
is anybody there	-1.8
is anyone there	-1.8
keeps getting delayed	-1.8
late arrival	-1.8
late delivery	-1.8
late shipping	-1.8
left in the rain	-1.8
left on read	-1.8
left outside	-1.8
link broken	-1.8
link not working	-1.8
missed delivery	-1.8
money taken	-1.8
money was taken	-1.8
more delays	-1.8
neighbour has it	-1.8
never got an email	-1.8
no apology	-1.8
no call	-1.8
no callback	-1.8
no confirmation	-1.8
no confirmation email	-1.8
no email	-1.8
no explanation	-1.8
no feedback	-1.8
no follow up	-1.8
no follow-up	-1.8
no info	-1.8
no information	-1.8
no invoice sent	-1.8
no one called	-1.8
no tracking info	-1.8
no tracking number	-1.8
nobody called	-1.8
not a single reply	-1.8
not even a reply	-1.8
not even an apology	-1.8
not home	-1.8
order delayed	-1.8
overcharged me	-1.8
payment declined	-1.8
payment failed	-1.8
please answer	-1.8
please reply	-1.8
please respond	-1.8
postponed	-1.8
price changed	-1.8
price went up	-1.8
read and ignored	-1.8
reply me	-1.8
reply please	-1.8
rescheduled	-1.8
respond please	-1.8
seen and ignored	-1.8
send back	-1.8
sending back	-1.8
shipped late	-1.8
shipping delay	-1.8
site down	-1.8
somebody answer	-1.8
someone answer	-1.8
still delayed	-1.8
still waiting for a reply	-1.8
still waiting for an answer	-1.8
taken my money	-1.8
tracking doesn't work	-1.8
tracking doesnt work	-1.8
tracking is wrong	-1.8
tracking not updated	-1.8
tracking not updating	-1.8
tracking number doesn't work	-1.8
tracking says nothing	-1.8
waiting for a reply	-1.8
waiting for a response	-1.8
waiting for an answer	-1.8
website down	-1.8
weeks late	-1.8
where are my	-1.8
where is my	-1.8
where is my package	-1.8
where is the package	-1.8
where's my	-1.8
wheres my	-1.8
without my order	-1.8
wrong door	-1.8
wrong price	-1.8
):	-2.0
-_-	-2.0
:'(	-2.0
:'-(	-2.0
:(	-2.0
:-(	-2.0
:@	-2.0
:[	-2.0
;(	-2.0
</3	-2.0
=(	-2.0
>:(	-2.0
d:	-2.0
t_t	-2.0
a month ago	-2.2
a week ago	-2.2
again late	-2.2
and nothing	-2.2
another delay	-2.2
another excuse	-2.2
for a week	-2.2
for days	-2.2
for weeks	-2.2
haven't shipped	-2.2
havent shipped	-2.2
ignored my	-2.2
ignoring me	-2.2
ignoring my messages	-2.2
is not here	-2.2
isn't here	-2.2
it's been weeks	-2.2
its been weeks	-2.2
late again	-2.2
never processed	-2.2
no one told me	-2.2
no refund	-2.2
no refund yet	-2.2
nobody told me	-2.2
not here	-2.2
not here yet	-2.2
not refunded	-2.2
nothing here	-2.2
refund never	-2.2
shipped it yet	-2.2
sold out again	-2.2
take so long	-2.2
taking so long	-2.2
took so long	-2.2
wrong again	-2.2
yet again	-2.2
you ignored	-2.2
awful quality	-2.4
awful service	-2.4
bad service	-2.4
bad smell	-2.4
bait and switch	-2.4
bleeding colour	-2.4
bobbled	-2.4
bobbling	-2.4
box damaged	-2.4
broken strap	-2.4
broken zip	-2.4
broken zipper	-2.4
button missing	-2.4
buttons fell	-2.4
came undone	-2.4
cheap junk	-2.4
cheap rubbish	-2.4
cheaply	-2.4
chemical smell	-2.4
color ran	-2.4
colour ran	-2.4
counterfeit	-2.4
cracking	-2.4
crap quality	-2.4
crushed box	-2.4
damaged box	-2.4
damaged in transit	-2.4
daylight robbery	-2.4
deformed	-2.4
delivered to the wrong	-2.4
delivered wrong	-2.4
did not get my	-2.4
didn't get my	-2.4
didnt get my	-2.4
disappointed by	-2.4
disappointed in	-2.4
disappointed with	-2.4
discoloration	-2.4
discolored	-2.4
discolouration	-2.4
discoloured	-2.4
doesn't close	-2.4
doesnt close	-2.4
dye ran	-2.4
extortion	-2.4
faded after	-2.4
falls apart	-2.4
feel cheated	-2.4
feel robbed	-2.4
feel scammed	-2.4
fell to pieces	-2.4
flaking	-2.4
garbage quality	-2.4
gouging	-2.4
half empty	-2.4
has not shipped	-2.4
hasn't been sent	-2.4
hasn't been shipped	-2.4
hasn't shipped	-2.4
hasnt been sent	-2.4
hasnt been shipped	-2.4
hasnt shipped	-2.4
have not got	-2.4
haven't got	-2.4
havent got	-2.4
heel broke	-2.4
hole in	-2.4
holes in	-2.4
horrible quality	-2.4
horrible service	-2.4
incomplete	-2.4
incomplete order	-2.4
items missing	-2.4
knock off	-2.4
knockoff	-2.4
leaked	-2.4
leaking	-2.4
let down by	-2.4
lost its shape	-2.4
lousy	-2.4
lousy service	-2.4
marked as delivered	-2.4
misrepresentation	-2.4
misrepresented	-2.4
misshapen	-2.4
missing button	-2.4
missing parts	-2.4
missing piece	-2.4
mouldy smell	-2.4
never dispatched	-2.4
never got it	-2.4
never got my	-2.4
never sent	-2.4
no customer service	-2.4
no sign of	-2.4
no sign of it	-2.4
not dispatched	-2.4
not even shipped	-2.4
not genuine	-2.4
not got	-2.4
not legit	-2.4
not yet dispatched	-2.4
not yet shipped	-2.4
one item missing	-2.4
only got	-2.4
only one arrived	-2.4
only received	-2.4
opened package	-2.4
out of shape	-2.4
package opened	-2.4
package torn	-2.4
part missing	-2.4
partial order	-2.4
peeled	-2.4
peeling	-2.4
pilled	-2.4
poor service	-2.4
price gouging	-2.4
pulled thread	-2.4
reeks	-2.4
replica	-2.4
returned to sender	-2.4
rip	-2.4
ripped seam	-2.4
rips	-2.4
robbed	-2.4
robbery	-2.4
rubbish quality	-2.4
says delivered	-2.4
seam split	-2.4
seams split	-2.4
sent back to you	-2.4
shoddy	-2.4
shoddy quality	-2.4
shoddy work	-2.4
shows delivered	-2.4
shrunk after	-2.4
smells awful	-2.4
smells bad	-2.4
snag	-2.4
snagged	-2.4
soaked	-2.4
sole came off	-2.4
something missing	-2.4
split seam	-2.4
still haven't got	-2.4
still havent got	-2.4
still no sign	-2.4
still not arrived	-2.4
still not delivered	-2.4
still not here	-2.4
still not received	-2.4
stinky smell	-2.4
strap broke	-2.4
stretched out	-2.4
stuck zip	-2.4
tampered	-2.4
tampered with	-2.4
tear	-2.4
teared	-2.4
tears	-2.4
terrible quality	-2.4
terrible service	-2.4
torn package	-2.4
unstitched	-2.4
warped	-2.4
weird smell	-2.4
went back to you	-2.4
wet	-2.4
won't close	-2.4
wont close	-2.4
worst customer service	-2.4
wrong address	-2.4
zip broken	-2.4
zip stuck	-2.4
zipper broken	-2.4
👎	-2.4
💩	-2.4
🖕	-2.4
😔	-2.4
😖	-2.4
😞	-2.4
😢	-2.4
😣	-2.4
😤	-2.4
😦	-2.4
😧	-2.4
😨	-2.4
😩	-2.4
😫	-2.4
😭	-2.4
😰	-2.4
😱	-2.4
😾	-2.4
😿	-2.4
abandoned	-2.8
anger	-2.8
angrier	-2.8
angry	-2.8
annoyance	-2.8
annoyed	-2.8
annoying	-2.8
bad	-2.8
bad quality	-2.8
badly	-2.8
been waiting	-2.8
behind schedule	-2.8
betrayed	-2.8
breaking	-2.8
breaks	-2.8
broke	-2.8
broken	-2.8
came apart	-2.8
cancel	-2.8
cancel my order	-2.8
canceled	-2.8
cancellation	-2.8
cancelled	-2.8
careless	-2.8
chargeback request	-2.8
charged me twice	-2.8
charged twice	-2.8
cheap quality	-2.8
cheaply made	-2.8
coming apart	-2.8
complain	-2.8
complained	-2.8
complaining	-2.8
complaint	-2.8
complaints	-2.8
cracked	-2.8
crushed	-2.8
damage	-2.8
damaged	-2.8
days ago	-2.8
deceived	-2.8
deceptive	-2.8
defective	-2.8
delay	-2.8
delayed	-2.8
delays	-2.8
depressed	-2.8
devastated	-2.8
did not arrive	-2.8
did not receive	-2.8
didn't arrive	-2.8
didn't fit	-2.8
didn't receive	-2.8
didnt arrive	-2.8
didnt receive	-2.8
dirty	-2.8
disapointed	-2.8
disappointed	-2.8
disappointing	-2.8
disappointment	-2.8
disrespectful	-2.8
dissapointed	-2.8
dodgy	-2.8
does not fit	-2.8
doesn't fit	-2.8
doesnt fit	-2.8
don't fit	-2.8
dont fit	-2.8
double charged	-2.8
doubt	-2.8
doubtful	-2.8
enough is enough	-2.8
error	-2.8
errors	-2.8
expensive	-2.8
faded	-2.8
falling apart	-2.8
false advertising	-2.8
faulty	-2.8
fed up	-2.8
fell apart	-2.8
filthy	-2.8
fishy	-2.8
flimsy	-2.8
frayed	-2.8
frustrated	-2.8
frustrating	-2.8
frustration	-2.8
ghosted	-2.8
ghosting	-2.8
gutted	-2.8
had enough	-2.8
has not arrived	-2.8
hasn't arrived	-2.8
hasnt arrived	-2.8
have not received	-2.8
haven't arrived	-2.8
haven't received	-2.8
havent arrived	-2.8
havent received	-2.8
havent recieved	-2.8
heartbroken	-2.8
hole	-2.8
holes	-2.8
hurt	-2.8
hurts	-2.8
ignore	-2.8
ignored	-2.8
ignoring	-2.8
incorrect	-2.8
insulted	-2.8
insulting	-2.8
irritated	-2.8
irritating	-2.8
issue	-2.8
issues	-2.8
itchy	-2.8
late	-2.8
later than	-2.8
lazy	-2.8
let down	-2.8
let me down	-2.8
letdown	-2.8
looks nothing like	-2.8
lost	-2.8
low quality	-2.8
mad	-2.8
miserable	-2.8
misleading	-2.8
misled	-2.8
missing	-2.8
mistake	-2.8
mistakes	-2.8
mold	-2.8
moldy	-2.8
money back	-2.8
mould	-2.8
mouldy	-2.8
my money back	-2.8
neglected	-2.8
no answer	-2.8
no communication	-2.8
no one answers	-2.8
no one is answering	-2.8
no one replies	-2.8
no order	-2.8
no package	-2.8
no parcel	-2.8
no reply	-2.8
no response	-2.8
no tracking	-2.8
no update	-2.8
no updates	-2.8
nobody answers	-2.8
nobody is answering	-2.8
nobody replies	-2.8
nobody replying	-2.8
noone answers	-2.8
not answering	-2.8
not arrived	-2.8
not as described	-2.8
not as pictured	-2.8
not delivered	-2.8
not fit	-2.8
not fitting	-2.8
not received	-2.8
not recieved	-2.8
not replying	-2.8
not responding	-2.8
not sent	-2.8
not shipped	-2.8
not worth	-2.8
nothing arrived	-2.8
nothing like the photo	-2.8
nothing like the picture	-2.8
nothing yet	-2.8
offended	-2.8
offensive	-2.8
overcharged	-2.8
overdue	-2.8
overpriced	-2.8
paid and nothing	-2.8
paid twice	-2.8
pilling	-2.8
pills	-2.8
pissed	-2.8
pissed off	-2.8
poor	-2.8
poor quality	-2.8
poorly	-2.8
pricey	-2.8
problem	-2.8
problems	-2.8
refund	-2.8
refunded	-2.8
refunds	-2.8
regret	-2.8
regrets	-2.8
regretted	-2.8
regretting	-2.8
return it	-2.8
returning it	-2.8
rip-off	-2.8
ripped	-2.8
rude	-2.8
rudely	-2.8
ruined	-2.8
sad	-2.8
sadder	-2.8
saddest	-2.8
sadly	-2.8
scratchy	-2.8
see through	-2.8
see-through	-2.8
shady	-2.8
shattered	-2.8
shrank	-2.8
shrinking	-2.8
shrunk	-2.8
sick of	-2.8
sketchy	-2.8
sloppy	-2.8
slow	-2.8
slower	-2.8
slowest	-2.8
smashed	-2.8
smelly	-2.8
sooo slow	-2.8
stain	-2.8
stained	-2.8
stains	-2.8
still nothing	-2.8
still waiting	-2.8
stinks	-2.8
stinky	-2.8
sucky service	-2.8
suspicious	-2.8
takes forever	-2.8
taking forever	-2.8
thin fabric	-2.8
tight	-2.8
tired of	-2.8
too big	-2.8
too long	-2.8
too short	-2.8
too small	-2.8
took forever	-2.8
torn	-2.8
tracking not working	-2.8
trouble	-2.8
troubles	-2.8
unanswered	-2.8
uncomfortable	-2.8
undelivered	-2.8
unhappy	-2.8
unprofessional	-2.8
unraveled	-2.8
unreliable	-2.8
untrustworthy	-2.8
upset	-2.8
upsetting	-2.8
waiting for days	-2.8
waiting for weeks	-2.8
want my money	-2.8
waste	-2.8
waste of money	-2.8
waste of time	-2.8
wasted	-2.8
weeks ago	-2.8
worn out	-2.8
worse	-2.8
worse than	-2.8
wrong	-2.8
wrong color	-2.8
wrong colour	-2.8
wrong item	-2.8
wrong order	-2.8
wrong size	-2.8
0 stars	-3.0
1 star	-3.0
amazing how	-3.0
avoid	-3.0
avoid this	-3.0
avoid this shop	-3.0
awful shop	-3.0
awful store	-3.0
bad review	-3.0
best service ever not	-3.0
beware	-3.0
beyond angry	-3.0
complete scam	-3.0
consumer protection	-3.0
consumer rights	-3.0
contact my lawyer	-3.0
cool story	-3.0
demand a refund	-3.0
demanding	-3.0
do not buy	-3.0
do not order	-3.0
don't buy	-3.0
don't order	-3.0
done waiting	-3.0
dont buy	-3.0
dont order	-3.0
enough waiting	-3.0
extremely angry	-3.0
f this	-3.0
fake account	-3.0
fake page	-3.0
fake products	-3.0
fake reviews	-3.0
fake shop	-3.0
fake store	-3.0
fed up with	-3.0
fuming	-3.0
give me my money	-3.0
give my money back	-3.0
great another	-3.0
great job losing	-3.0
had it with	-3.0
hate this shop	-3.0
hate you	-3.0
hate your	-3.0
horrible shop	-3.0
horrible store	-3.0
i demand	-3.0
i hate it	-3.0
i will report	-3.0
just great	-3.0
just perfect	-3.0
keep my money	-3.0
kept my money	-3.0
last time i buy	-3.0
last time i order	-3.0
legal action	-3.0
lost a customer	-3.0
lost my business	-3.0
love waiting	-3.0
negative review	-3.0
never again buying	-3.0
never coming back	-3.0
never order	-3.0
never ordering	-3.0
never ordering again	-3.0
never shopping here again	-3.0
not coming back	-3.0
oh great	-3.0
one star	-3.0
pissed me off	-3.0
really angry	-3.0
really pissed	-3.0
refund immediately	-3.0
refund me now	-3.0
refund my money	-3.0
report to	-3.0
reported you	-3.0
reporting this	-3.0
return my money	-3.0
scam alert	-3.0
scam shop	-3.0
scam store	-3.0
screw this	-3.0
seething	-3.0
sick and tired	-3.0
sick of waiting	-3.0
small claims	-3.0
so angry	-3.0
so helpful not	-3.0
so pissed	-3.0
stay away	-3.0
stealing money	-3.0
stole my money	-3.0
such a scam	-3.0
take legal action	-3.0
terrible company	-3.0
terrible shop	-3.0
terrible store	-3.0
thank you for nothing	-3.0
thanks for nothing	-3.0
tired of waiting	-3.0
took my money	-3.0
total scam	-3.0
trading standards	-3.0
very angry	-3.0
warning everyone	-3.0
where is my money	-3.0
will not return	-3.0
will report you	-3.0
won't be back	-3.0
wont be back	-3.0
worst brand	-3.0
worst company	-3.0
worst seller	-3.0
worst store	-3.0
yeah right	-3.0
you lost a customer	-3.0
zero stars	-3.0
👿	-3.2
💔	-3.2
💢	-3.2
😈	-3.2
😠	-3.2
😡	-3.2
🤢	-3.2
🤬	-3.2
🤮	-3.2
absurd	-3.6
abysmal	-3.6
appalled	-3.6
appalling	-3.6
atrocious	-3.6
awful	-3.6
awfully	-3.6
bank dispute	-3.6
bs	-3.6
bullshit	-3.6
calling my bank	-3.6
catastrophe	-3.6
chargeback	-3.6
cheat	-3.6
cheated	-3.6
cheater	-3.6
cheating	-3.6
clowns	-3.6
con	-3.6
con artist	-3.6
conned	-3.6
crap	-3.6
crappy	-3.6
criminal	-3.6
criminals	-3.6
crook	-3.6
crooks	-3.6
dammit	-3.6
damn	-3.6
damned	-3.6
despise	-3.6
despised	-3.6
disaster	-3.6
disastrous	-3.6
disgrace	-3.6
disgraceful	-3.6
disgust	-3.6
disgusted	-3.6
disgusting	-3.6
dispute	-3.6
dreadful	-3.6
dumb	-3.6
enraged	-3.6
fake	-3.6
fakes	-3.6
fiasco	-3.6
fraud	-3.6
frauds	-3.6
fraudster	-3.6
fraudulent	-3.6
fuck	-3.6
fucked	-3.6
fucking	-3.6
furious	-3.6
garbage	-3.6
goddamn	-3.6
gross	-3.6
hate	-3.6
hated	-3.6
hateful	-3.6
hates	-3.6
hating	-3.6
horibble	-3.6
horible	-3.6
horrendous	-3.6
horrible	-3.6
horrid	-3.6
horrific	-3.6
i'll report	-3.6
idiot	-3.6
idiots	-3.6
illegal	-3.6
incompetence	-3.6
incompetent	-3.6
inexcusable	-3.6
infuriated	-3.6
infuriating	-3.6
insane	-3.6
joke of a	-3.6
junk	-3.6
lawsuit	-3.6
lawyer	-3.6
liar	-3.6
liars	-3.6
lied	-3.6
livid	-3.6
loathe	-3.6
lying	-3.6
moron	-3.6
never again	-3.6
never answered	-3.6
never arrived	-3.6
never buy	-3.6
never buying	-3.6
never came	-3.6
never delivered	-3.6
never got	-3.6
never received	-3.6
never replied	-3.6
never responded	-3.6
never shipped	-3.6
nightmare	-3.6
outraged	-3.6
outrageous	-3.6
pathetic	-3.6
police	-3.6
rage	-3.6
raging	-3.6
report you	-3.6
reporting you	-3.6
revolting	-3.6
ridiculous	-3.6
rip off	-3.6
ripoff	-3.6
ripped off	-3.6
rubbish	-3.6
scam	-3.6
scammed	-3.6
scammer	-3.6
scammers	-3.6
scamming	-3.6
screw you	-3.6
screwed	-3.6
shame on you	-3.6
shameful	-3.6
shit	-3.6
shitty	-3.6
shocked	-3.6
shocking	-3.6
stealing	-3.6
stole	-3.6
stolen	-3.6
stupid	-3.6
suck	-3.6
sucked	-3.6
sucks	-3.6
sucky	-3.6
sue	-3.6
terible	-3.6
terrible	-3.6
terribly	-3.6
thief	-3.6
thieves	-3.6
trash	-3.6
unacceptable	-3.6
unbelievable	-3.6
useless	-3.6
vile	-3.6
what a joke	-3.6
worst	-3.6
worst ever	-3.6
worst experience	-3.6
worst purchase	-3.6
worst service	-3.6
worst shop	-3.6
worthless	-3.6
wtf	-3.6
"""#
}
