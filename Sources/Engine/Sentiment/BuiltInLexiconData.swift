// Generated from data/sentiment/lexicon-*.tsv by scripts/generate-lexicon.py; do not edit by hand.
// A test checks that this file and the TSVs agree.

/// The built-in lexicons: English, Spanish and Portuguese (each language's own words; emoji and
/// emoticons are the English file's, shared by all).
enum BuiltInLexiconData {
    /// The text of `data/sentiment/lexicon-en.tsv`.
    static let english = #"""
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

    /// The text of `data/sentiment/lexicon-es.tsv`.
    static let spanish = #"""
# rulesd's Spanish sentiment lexicon for customer direct messages, written for this project (no other lexicon was copied or translated).
# term<TAB>valence, valence from -4 (very negative) to 4 (very positive); terms are folded like messages are
# (lower case, accents removed: "envío" is "envio", "pésimo" is "pesimo", "ñ" is "n"); several words make a
# phrase, matched on consecutive words, longest first. Grammar words are not here: negators (no, nunca, nada,
# sin...), boosters and dampeners (muy, súper, re, tan, poco, algo...), contrast (pero, aunque) and
# conditionals (si) are handled by the scorer. Emoji and emoticons are shared with lexicon-en.tsv.
# A few phrases have valence 0 so that a word inside them does not count: greetings ("buenos días"), places
# ("Buenos Aires", "Puerto Rico"), requests ("me gustaría", "te quiero preguntar"), "a lo mejor". See docs/sentiment.md.
la amo	3.4
las amo	3.4
lo amo	3.4
los amo	3.4
personas maravillosas	3.3
100% confiable	3.2
100% confiables	3.2
100% recomendable	3.2
100% recomendada	3.2
100% recomendadas	3.2
100% recomendado	3.2
100% recomendados	3.2
1000% recomendado	3.2
altamente recomendable	3.2
altamente recomendada	3.2
altamente recomendado	3.2
altamente recomendados	3.2
amamos	3.2
amé	3.2
amo	3.2
amor a primera vista	3.2
atención de diez	3.2
atención de primera	3.2
atención espectacular	3.2
atención excelente	3.2
atención impecable	3.2
calidad espectacular	3.2
calidad excelente	3.2
calidad impecable	3.2
calidad insuperable	3.2
cien por ciento recomendable	3.2
cien por ciento recomendado	3.2
el mejor servicio	3.2
enamoré	3.2
excelente atención	3.2
excelente calidad	3.2
excelente calidad precio	3.2
excelente comunicación	3.2
excelente persona	3.2
excelente precio	3.2
excelente relación calidad precio	3.2
excelente servicio	3.2
excelente tienda	3.2
excelente trabajo	3.2
excelente vendedor	3.2
excelente vendedora	3.2
excelentes acabados	3.2
excelentes noticias	3.2
excelentes personas	3.2
excelentes precios	3.2
excelentes vendedores	3.2
la mejor atención	3.2
la recomiendo al 100	3.2
lo mejor de lo mejor	3.2
lo recomiendo al 100	3.2
los recomiendo al 100	3.2
los recomiendo muchísimo	3.2
los recomiendo totalmente	3.2
los súper recomiendo	3.2
me atendieron excelente	3.2
me enamoré	3.2
me encanta muchísimo	3.2
me encantaron muchísimo	3.2
me encantó muchísimo	3.2
mil por ciento recomendado	3.2
qué cosa más bella	3.2
qué cosa más hermosa	3.2
qué cosa más linda	3.2
qué cosa más preciosa	3.2
qué espectacular	3.2
qué hermosura	3.2
qué maravilla	3.2
qué maravillosa	3.2
qué maravilloso	3.2
qué preciosidad	3.2
recomendadísima	3.2
recomendadísimas	3.2
recomendadísimo	3.2
recomendadísimos	3.2
servicio de diez	3.2
servicio de primera	3.2
servicio espectacular	3.2
servicio excelente	3.2
servicio impecable	3.2
sin duda la recomiendo	3.2
sin duda lo recomiendo	3.2
sin duda los recomiendo	3.2
súper amables	3.2
súper atentos	3.2
súper recomendable	3.2
te amo	3.2
cosita preciosa	3.1
le encantaron	3.1
le encantó	3.1
les encantaron	3.1
les encantó	3.1
maravillosa	3.1
maravillosas	3.1
maravilloso	3.1
maravillosos	3.1
me encantaron	3.1
me encantó	3.1
nos encantaron	3.1
nos encantó	3.1
quedó preciosa	3.1
quedó precioso	3.1
adoramos	3.0
adoré	3.0
adoro	3.0
aman	3.0
amando	3.0
antes de lo esperado	3.0
antes de lo previsto	3.0
antes de lo que esperaba	3.0
antes de lo que pensaba	3.0
bellísima	3.0
bellísimas	3.0
bellísimo	3.0
bellísimos	3.0
buenísimo precio	3.0
chulísima	3.0
chulísimas	3.0
chulísimo	3.0
chulísimos	3.0
como anillo al dedo	3.0
cosa hermosa	3.0
cosita hermosa	3.0
divinísima	3.0
divinísimas	3.0
divinísimo	3.0
divinísimos	3.0
en perfectas condiciones	3.0
en perfecto estado	3.0
enamorada	3.0
enamoradas	3.0
enamorado	3.0
enamorados	3.0
encantadísima	3.0
encantadísimas	3.0
encantadísimo	3.0
encantadísimos	3.0
entrega rapidísima	3.0
envío rapidísimo	3.0
envío súper rápido	3.0
espectacular	3.0
espectaculares	3.0
excelente	3.0
excelentes	3.0
exquisita	3.0
exquisitas	3.0
exquisito	3.0
exquisitos	3.0
fantástica	3.0
fantásticas	3.0
fantástico	3.0
fantásticos	3.0
hermosísima	3.0
hermosísimas	3.0
hermosísimo	3.0
hermosísimos	3.0
impecable	3.0
impecables	3.0
inmejorable	3.0
inmejorables	3.0
insuperable	3.0
insuperables	3.0
le encanta	3.0
le encantan	3.0
le queda perfecta	3.0
le queda perfecto	3.0
le quedó perfecta	3.0
le quedó perfecto	3.0
les encanta	3.0
les encantan	3.0
lindísima	3.0
lindísimas	3.0
lindísimo	3.0
lindísimos	3.0
llegaron en perfecto estado	3.0
llegaron impecables	3.0
llegaron perfectas	3.0
llegaron perfectos	3.0
llegaron rapidísimo	3.0
llegó antes de lo esperado	3.0
llegó en perfecto estado	3.0
llegó impecable	3.0
llegó perfecta	3.0
llegó perfecto	3.0
llegó rapidísima	3.0
llegó rapidísimo	3.0
llegó todo perfecto	3.0
llegó volando	3.0
magnífica	3.0
magníficas	3.0
magnífico	3.0
magníficos	3.0
maravillosísima	3.0
maravillosísimas	3.0
maravillosísimo	3.0
maravillosísimos	3.0
más rápido de lo esperado	3.0
me encanta	3.0
me encantan	3.0
me fascina	3.0
me fascinan	3.0
me fascinaron	3.0
me fascinó	3.0
me queda como anillo al dedo	3.0
me queda de maravilla	3.0
me queda perfecta	3.0
me queda perfecto	3.0
me queda pintada	3.0
me queda pintado	3.0
me quedan perfectas	3.0
me quedan perfectos	3.0
me quedaron perfectas	3.0
me quedaron perfectos	3.0
me quedó de maravilla	3.0
me quedó perfecta	3.0
me quedó perfecto	3.0
me quedó pintada	3.0
me quedó pintado	3.0
nos encanta	3.0
nos encantan	3.0
padrísima	3.0
padrísimas	3.0
padrísimo	3.0
padrísimos	3.0
perfección	3.0
preciosísima	3.0
preciosísimas	3.0
preciosísimo	3.0
preciosísimos	3.0
qué belleza	3.0
qué cosa más bonita	3.0
qué divina	3.0
qué divinas	3.0
qué divino	3.0
qué divinos	3.0
qué excelente	3.0
qué genial	3.0
qué hermosa	3.0
qué hermosas	3.0
qué hermoso	3.0
qué hermosos	3.0
qué lindura	3.0
qué preciosa	3.0
qué preciosas	3.0
qué precioso	3.0
qué preciosos	3.0
queda perfecta	3.0
queda perfecto	3.0
quedó divino	3.0
quedó hermosa	3.0
quedó hermoso	3.0
quedó perfecta	3.0
quedó perfecto	3.0
riquísima	3.0
riquísimas	3.0
riquísimo	3.0
riquísimos	3.0
tela buenísima	3.0
tkm	3.0
todo de 10	3.0
todo de diez	3.0
todo divino	3.0
todo espectacular	3.0
todo excelente	3.0
todo genial	3.0
todo hermoso	3.0
todo impecable	3.0
todo increíble	3.0
todo llegó perfecto	3.0
todo maravilloso	3.0
todo perfecto	3.0
tqm	3.0
tqmm	3.0
bonitísima	2.9
bonitísimas	2.9
bonitísimo	2.9
bonitísimos	2.9
preciosa	2.9
preciosas	2.9
preciosidad	2.9
precioso	2.9
preciosos	2.9
preciosura	2.9
a toda madre	2.8
alucinante	2.8
alucinantes	2.8
bien padre	2.8
bien padres	2.8
buenísima	2.8
buenísimas	2.8
buenísimo	2.8
buenísimos	2.8
calidad increíble	2.8
calza perfecto	2.8
chidísima	2.8
chidísimas	2.8
chidísimo	2.8
chidísimos	2.8
contentísima	2.8
contentísimas	2.8
contentísimo	2.8
contentísimos	2.8
copadísima	2.8
copadísimas	2.8
copadísimo	2.8
copadísimos	2.8
cosa bella	2.8
cosita bella	2.8
de ensueño	2.8
de felicidad	2.8
de lujo	2.8
de maravilla	2.8
de poca madre	2.8
deliciosa	2.8
deliciosas	2.8
delicioso	2.8
deliciosos	2.8
deslumbrante	2.8
deslumbrantes	2.8
detallazo	2.8
divina	2.8
divinas	2.8
divino	2.8
divinos	2.8
divinura	2.8
encanta	2.8
encantan	2.8
encantaron	2.8
encantó	2.8
es una joya	2.8
espléndida	2.8
espléndidas	2.8
espléndido	2.8
espléndidos	2.8
está de lujo	2.8
estupenda	2.8
estupendas	2.8
estupendo	2.8
estupendos	2.8
eternamente agradecida	2.8
eternamente agradecido	2.8
extraordinaria	2.8
extraordinarias	2.8
extraordinario	2.8
extraordinarios	2.8
fascina	2.8
fascinada	2.8
fascinadas	2.8
fascinado	2.8
fascinados	2.8
fascinan	2.8
fascinaron	2.8
fascinó	2.8
fenomenal	2.8
fenomenales	2.8
flipante	2.8
flipantes	2.8
genial	2.8
geniales	2.8
guapísima	2.8
guapísimas	2.8
guapísimo	2.8
guapísimos	2.8
hermosa	2.8
hermosas	2.8
hermoso	2.8
hermosos	2.8
hermosura	2.8
lo máximo	2.8
maravilla	2.8
me mola mucho	2.8
me molan mucho	2.8
mil millones de gracias	2.8
mola mucho	2.8
molan mucho	2.8
muy padre	2.8
muy padres	2.8
qué amor	2.8
qué bacán	2.8
qué bella	2.8
qué bellas	2.8
qué bello	2.8
qué bellos	2.8
qué chévere	2.8
qué chida	2.8
qué chidas	2.8
qué chido	2.8
qué chidos	2.8
qué chula	2.8
qué chulas	2.8
qué chulo	2.8
qué chulos	2.8
qué detallazo	2.8
qué detalle	2.8
qué guay	2.8
qué joya	2.8
qué linda	2.8
qué lindas	2.8
qué lindo	2.8
qué lindos	2.8
qué lujo	2.8
qué padre	2.8
satisfechísima	2.8
satisfechísimas	2.8
satisfechísimo	2.8
satisfechísimos	2.8
sensacional	2.8
sensacionales	2.8
sigan así	2.8
son una joya	2.8
súper padre	2.8
súper padres	2.8
un encanto	2.8
un exitazo	2.8
un millón de gracias	2.8
una maravilla	2.8
encantada	2.7
encantadas	2.7
encantado	2.7
encantador	2.7
encantadora	2.7
encantadoras	2.7
encantadores	2.7
encantados	2.7
adorable	2.6
adorables	2.6
alucinada	2.6
alucinado	2.6
antes de la fecha	2.6
antes de tiempo	2.6
atención inmediata	2.6
atención personalizada	2.6
atención rápida	2.6
bella	2.6
bellas	2.6
bellas personas	2.6
belleza pura	2.6
bellezas	2.6
bello	2.6
bellos	2.6
bien atendida	2.6
bien atendido	2.6
bien embalada	2.6
bien embalado	2.6
bien empacada	2.6
bien empacado	2.6
bien empaquetada	2.6
bien empaquetado	2.6
bien envuelta	2.6
bien envuelto	2.6
bien protegida	2.6
bien protegido	2.6
buen servicio	2.6
buena atención	2.6
buena comunicación	2.6
buena gente	2.6
buenas personas	2.6
comodísima	2.6
comodísimas	2.6
comodísimo	2.6
comodísimos	2.6
compra 100% segura	2.6
compra segura	2.6
con mucho amor	2.6
con mucho cariño	2.6
con mucho cuidado	2.6
con tanto amor	2.6
con tanto cuidado	2.6
contestan rápido	2.6
contestaron rápido	2.6
cosa linda	2.6
cosa más bella	2.6
cosa más hermosa	2.6
cosa más linda	2.6
cosita linda	2.6
cuquísima	2.6
cuquísimas	2.6
cuquísimo	2.6
cuquísimos	2.6
de alegría	2.6
de lo mejor	2.6
despacho rápido	2.6
empaque hermoso	2.6
empaque lindo	2.6
empaque precioso	2.6
en tiempo y forma	2.6
enhorabuena	2.6
entrega puntual	2.6
entrega rápida	2.6
envío express	2.6
envío puntual	2.6
envío rápido	2.6
eres un amor	2.6
eres un sol	2.6
es un amor	2.6
es un sol	2.6
está bacán	2.6
está bien chido	2.6
está chévere	2.6
está chida	2.6
está chido	2.6
está chula	2.6
está chulo	2.6
está genial	2.6
está guay	2.6
está padre	2.6
están padres	2.6
fascinante	2.6
fascinantes	2.6
felicidad	2.6
felicidades	2.6
felicitaciones	2.6
felicito	2.6
finísima	2.6
finísimas	2.6
finísimo	2.6
finísimos	2.6
flipada	2.6
flipado	2.6
flipamos	2.6
flipé	2.6
gente amable	2.6
gente bella	2.6
gente hermosa	2.6
gente linda	2.6
gracias de corazón	2.6
gracias por la rapidez	2.6
gracias por tanto	2.6
gran atención	2.6
gran servicio	2.6
hermosa presentación	2.6
hermosas personas	2.6
hermoso empaque	2.6
impresionante	2.6
impresionantes	2.6
increíble	2.6
increíbles	2.6
infinitas gracias	2.6
justo a tiempo	2.6
la mejor compra	2.6
la mejor decisión	2.6
la mejor tienda	2.6
la recomiendo	2.6
las mejores	2.6
las quiero mucho	2.6
las recomiendo	2.6
les recomiendo esta tienda	2.6
lindas personas	2.6
lindo empaque	2.6
lindura	2.6
linduras	2.6
llegaron a tiempo	2.6
llegaron bien	2.6
llegaron rápido	2.6
llegó a tiempo	2.6
llegó al día siguiente	2.6
llegó al otro día	2.6
llegó antes de tiempo	2.6
llegó bien	2.6
llegó en tiempo y forma	2.6
llegó en un día	2.6
llegó justo a tiempo	2.6
llegó rápido	2.6
llegó sano y salvo	2.6
llegó súper rápido	2.6
llegó todo bien	2.6
lo mejor	2.6
lo recomiendo	2.6
los felicito	2.6
los mejores	2.6
los quiero muchísimo	2.6
los quiero mucho	2.6
los recomendaré	2.6
los recomendaré a todos	2.6
los recomiendo	2.6
los voy a recomendar	2.6
más bonito de lo que esperaba	2.6
más de lo que esperaba	2.6
más lindo de lo que esperaba	2.6
me alegra mucho	2.6
me alegro mucho	2.6
me atendieron de maravilla	2.6
me atendieron muy bien	2.6
me atendieron súper bien	2.6
me contestaron rápido	2.6
me hace feliz	2.6
me hacen feliz	2.6
me hicieron feliz	2.6
me hizo feliz	2.6
me respondieron rápido	2.6
mejor de lo esperado	2.6
mejor de lo que esperaba	2.6
mejor imposible	2.6
mejor que nunca	2.6
mi mejor compra	2.6
mil gracias	2.6
mis felicitaciones	2.6
monísima	2.6
monísimas	2.6
monísimo	2.6
monísimos	2.6
muchísimas gracias	2.6
muy amables	2.6
muy atentos	2.6
muy buen servicio	2.6
muy buena atención	2.6
packaging hermoso	2.6
packaging lindo	2.6
página confiable	2.6
perfecta	2.6
perfectas	2.6
perfecto	2.6
perfectos	2.6
personas hermosas	2.6
presentación hermosa	2.6
qué alegría	2.6
qué amable	2.6
qué amables	2.6
qué bonita	2.6
qué bonitas	2.6
qué bonito	2.6
qué bonitos	2.6
qué cuchi	2.6
qué cuqui	2.6
qué elegante	2.6
qué emoción	2.6
qué felicidad	2.6
qué gusto	2.6
qué ilusión	2.6
qué mona	2.6
qué monas	2.6
qué mono	2.6
qué monos	2.6
qué placer	2.6
qué rapidez	2.6
qué rica	2.6
qué ricas	2.6
qué rico	2.6
qué ricos	2.6
qué suerte	2.6
qué ternura	2.6
qué tierna	2.6
qué tierno	2.6
rapidísima	2.6
rapidísimas	2.6
rapidísimo	2.6
rapidísimos	2.6
recomiendo esta tienda	2.6
responden rápido	2.6
respondieron rápido	2.6
respuesta inmediata	2.6
respuesta rápida	2.6
sana y salva	2.6
sano y salvo	2.6
se la recomiendo	2.6
se las recomiendo	2.6
se lo recomiendo	2.6
se los recomiendo	2.6
sin duda compraré de nuevo	2.6
sin duda les volveré a comprar	2.6
sin duda repetiré	2.6
sin duda volveré	2.6
sin duda volveré a comprar	2.6
sin duda volvería a comprar	2.6
sin duda vuelvo a comprar	2.6
sin dudas volveré a comprar	2.6
son un amor	2.6
son un sol	2.6
suavísima	2.6
suavísimas	2.6
suavísimo	2.6
suavísimos	2.6
súper recomendada	2.6
súper recomendadas	2.6
súper recomendado	2.6
súper recomendados	2.6
supera las expectativas	2.6
superaron mis expectativas	2.6
superaron todas mis expectativas	2.6
superó lo que esperaba	2.6
superó mis expectativas	2.6
superó todas mis expectativas	2.6
te felicito	2.6
te quiero	2.6
te quiero muchísimo	2.6
te quiero mucho	2.6
tienda confiable	2.6
tienda recomendada	2.6
tiernísima	2.6
tiernísimas	2.6
tiernísimo	2.6
tiernísimos	2.6
todo llegó bien	2.6
un amor	2.6
un lujo	2.6
vendedor confiable	2.6
vendedora confiable	2.6
ya los recomendé	2.6
me gusta muchísimo	2.5
me gusta mucho	2.5
me gustan mucho	2.5
me gustaron mucho	2.5
me gustó muchísimo	2.5
me gustó mucho	2.5
10 de 10	2.4
10 puntos	2.4
100 de 100	2.4
5 estrellas	2.4
agradecida	2.4
agradecidas	2.4
agradecidísima	2.4
agradecidísimas	2.4
agradecidísimo	2.4
agradecidísimos	2.4
agradecido	2.4
agradecidos	2.4
ajuste perfecto	2.4
alegre	2.4
alegres	2.4
alegría	2.4
bacán	2.4
bacana	2.4
bacanas	2.4
bacanes	2.4
bakan	2.4
bkan	2.4
bkn	2.4
bonito y barato	2.4
buena onda	2.4
buena relación precio calidad	2.4
bueno bonito barato	2.4
bueno bonito y barato	2.4
bueno y barato	2.4
calce perfecto	2.4
calidad de primera	2.4
capo	2.4
capos	2.4
chévere	2.4
chéveres	2.4
chida	2.4
chidas	2.4
chido	2.4
chidos	2.4
chula	2.4
chulas	2.4
chulo	2.4
chulos	2.4
cien de cien	2.4
cinco estrellas	2.4
clienta feliz	2.4
clienta fiel	2.4
clienta frecuente	2.4
cliente feliz	2.4
cliente fiel	2.4
cliente frecuente	2.4
clientes felices	2.4
clientes fieles	2.4
compraré de nuevo	2.4
compraré otra vez	2.4
compraría de nuevo	2.4
compraría otra vez	2.4
copada	2.4
copadas	2.4
copado	2.4
copados	2.4
crack	2.4
cracks	2.4
cumple las expectativas	2.4
cumplen con todo	2.4
cumplen lo que prometen	2.4
cumplieron con todo	2.4
cumplieron lo prometido	2.4
cumplieron mis expectativas	2.4
cumplió mis expectativas	2.4
de 10 puntos	2.4
de diez	2.4
de lo más lindo	2.4
diez de diez	2.4
diez puntos	2.4
emocionada	2.4
emocionadas	2.4
emocionado	2.4
emocionados	2.4
exactamente lo que buscaba	2.4
exactamente lo que quería	2.4
favorita	2.4
favoritas	2.4
favorito	2.4
favoritos	2.4
felices	2.4
felicísima	2.4
felicísimas	2.4
felicísimo	2.4
felicísimos	2.4
feliz	2.4
genia	2.4
genias	2.4
genio	2.4
genios	2.4
gracias de verdad	2.4
gracias infinitas	2.4
gracias mil	2.4
gracias por todo	2.4
gracias totales	2.4
gracias x todo	2.4
guay	2.4
guays	2.4
horma perfecta	2.4
idéntica a la foto	2.4
idéntico a la foto	2.4
ídola	2.4
ídolo	2.4
ídolos	2.4
igual a la foto	2.4
igual que en la foto	2.4
igualita a la foto	2.4
igualito a la foto	2.4
justo lo que buscaba	2.4
justo lo que necesitaba	2.4
justo lo que quería	2.4
justo mi talla	2.4
la talla exacta	2.4
le encantará	2.4
le va a encantar	2.4
les compraré de nuevo	2.4
les encantará	2.4
les seguiré comprando	2.4
les va a encantar	2.4
les volveré a comprar	2.4
les vuelvo a comprar	2.4
linda	2.4
lindas	2.4
lindo	2.4
lindos	2.4
llorando de emoción	2.4
llorando de felicidad	2.4
lloré de alegría	2.4
lloré de emoción	2.4
lloré de felicidad	2.4
lloré de la emoción	2.4
lo que buscaba	2.4
lo resolvieron	2.4
lo solucionaron	2.4
lo volvería a comprar	2.4
maravillada	2.4
maravilladas	2.4
maravillado	2.4
maravillados	2.4
más bonito en persona	2.4
más lindo en persona	2.4
más lindo en vivo	2.4
más lindo que en la foto	2.4
me alegra	2.4
me alegran	2.4
me alegraron el día	2.4
me alegraste el día	2.4
me alegro	2.4
me ayudaron	2.4
me ayudaron mucho	2.4
me ayudaste	2.4
me ayudó	2.4
me ayudó mucho	2.4
me hicieron el día	2.4
me hiciste el día	2.4
me mola	2.4
me molan	2.4
me resolvieron	2.4
me salvaron	2.4
me salvaron la vida	2.4
me salvaste	2.4
me salvaste la vida	2.4
me salvó	2.4
me solucionaron	2.4
medida perfecta	2.4
mejor calidad imposible	2.4
mejor de lo que imaginé	2.4
mejor que en la foto	2.4
mejor que en las fotos	2.4
mil grax	2.4
mil puntos	2.4
mola	2.4
molan	2.4
mucho más lindo en persona	2.4
muy buena relación calidad precio	2.4
precio bajísimo	2.4
precio calidad	2.4
precio increíble	2.4
precios bajísimos	2.4
precios increíbles	2.4
problema resuelto	2.4
problema solucionado	2.4
puntaje perfecto	2.4
recomendada	2.4
recomendadas	2.4
recomendado	2.4
recomendados	2.4
recomendaré	2.4
recomiendo	2.4
relación precio calidad	2.4
sabrosa	2.4
sabrosas	2.4
sabroso	2.4
sabrosos	2.4
seguiré comprando	2.4
seguiremos comprando	2.4
seguro repito	2.4
seguro vuelvo	2.4
seguro vuelvo a comprar	2.4
son cumplidos	2.4
soñada	2.4
soñadas	2.4
soñado	2.4
soñados	2.4
súper barato	2.4
tal como esperaba	2.4
tal como lo imaginé	2.4
tal como lo prometieron	2.4
tal como prometieron	2.4
tal cual como en la foto	2.4
tal cual la foto	2.4
tal cual se ve	2.4
tal cual se ve en las fotos	2.4
talla exacta	2.4
talla perfecta	2.4
te encantará	2.4
te va a encantar	2.4
todo resuelto	2.4
todo solucionado	2.4
un 10	2.4
un diez	2.4
volveré a comprar	2.4
volveré a pedir	2.4
volveremos a comprar	2.4
volvería a comprar	2.4
vuelvo a comprar	2.4
vuelvo a pedir	2.4
ya está solucionado	2.4
ya quiero volver a comprar	2.4
ya se solucionó	2.4
bonita	2.3
bonitas	2.3
bonito	2.3
bonitos	2.3
gracias a ustedes	2.3
gracias por contestar	2.3
gracias por la atención	2.3
gracias por la paciencia	2.3
gracias por responder	2.3
muchas gracias	2.3
muchas grax	2.3
alta calidad	2.2
alucino	2.2
amabilidad	2.2
amabilísima	2.2
amabilísimas	2.2
amabilísimo	2.2
amabilísimos	2.2
atentísima	2.2
atentísimas	2.2
atentísimo	2.2
atentísimos	2.2
bendición	2.2
bendiciones	2.2
bien confeccionada	2.2
bien confeccionado	2.2
bien cosida	2.2
bien cosido	2.2
bien hecha	2.2
bien hechas	2.2
bien hecho	2.2
bien hechos	2.2
bien terminada	2.2
bien terminado	2.2
bonitita	2.2
bonititas	2.2
bonitito	2.2
bonititos	2.2
buen acabado	2.2
buen material	2.2
buena calidad	2.2
buena tela	2.2
buenas noticias	2.2
buenas telas	2.2
buenos acabados	2.2
buenos materiales	2.2
calidad premium	2.2
chilera	2.2
chilero	2.2
chileros	2.2
chingón	2.2
chingona	2.2
chingonas	2.2
chingones	2.2
contenta	2.2
contentas	2.2
contento	2.2
contentos	2.2
cuchi	2.2
cuchis	2.2
cuchita	2.2
cuchito	2.2
cumplidoras	2.2
cumplidores	2.2
cuqui	2.2
cuquis	2.2
de calidad	2.2
de primera	2.2
de primera calidad	2.2
dios le bendiga	2.2
dios los bendice	2.2
dios los bendiga	2.2
dios te bendiga	2.2
eficiente	2.2
eficientes	2.2
elegantísima	2.2
elegantísimas	2.2
elegantísimo	2.2
elegantísimos	2.2
encantar	2.2
es un placer	2.2
es una ganga	2.2
está regalada	2.2
está regalado	2.2
exitazo	2.2
éxito	2.2
éxitos	2.2
flipo	2.2
fue un gusto	2.2
fue un placer	2.2
gentileza	2.2
gran calidad	2.2
guapas	2.2
guapo	2.2
guapos	2.2
kawaii	2.2
lindita	2.2
linditas	2.2
lindito	2.2
linditos	2.2
muchas bendiciones	2.2
mucho éxito	2.2
muchos éxitos	2.2
muy buenas noticias	2.2
preciosita	2.2
preciositas	2.2
preciosito	2.2
preciositos	2.2
primera calidad	2.2
profesional	2.2
profesionales	2.2
pulenta	2.2
pulento	2.2
qué alivio	2.2
qué bien	2.2
qué buena	2.2
qué buenas noticias	2.2
qué bueno	2.2
qué buenos	2.2
qué cosita	2.2
que dios los bendiga	2.2
qué gentileza	2.2
qué orgullo	2.2
qué rápido	2.2
qué rápidos	2.2
recomendable	2.2
recomendables	2.2
simpatiquísima	2.2
simpatiquísimas	2.2
simpatiquísimo	2.2
simpatiquísimos	2.2
ternura	2.2
tierna	2.2
tiernas	2.2
tierno	2.2
tiernos	2.2
todo el éxito	2.2
todo un placer	2.2
una ganga	2.2
valió cada centavo	2.2
valió cada euro	2.2
valió cada peso	2.2
valió la pena	2.2
le gustaron	2.1
le gustó	2.1
les gustaron	2.1
les gustó	2.1
me gustaron	2.1
me gustó	2.1
no pasa nada gracias	2.1
no se preocupe gracias	2.1
no te preocupes gracias	2.1
nos gustaron	2.1
nos gustó	2.1
agradable	2.0
agradables	2.0
agradecimiento	2.0
agradecimientos	2.0
agradezco	2.0
amable	2.0
amables	2.0
amor	2.0
amorosa	2.0
amorosas	2.0
amoroso	2.0
amorosos	2.0
bien ahí	2.0
buen trabajo	2.0
cariño	2.0
cariñosa	2.0
cariñosas	2.0
cariñoso	2.0
cariñosos	2.0
con amor	2.0
con cariño	2.0
confiable	2.0
confiables	2.0
de confianza	2.0
de emoción	2.0
de la emoción	2.0
disfrutamos	2.0
disfrutando	2.0
disfrutarla	2.0
disfrutarlo	2.0
disfruté	2.0
divertida	2.0
divertidas	2.0
divertido	2.0
divertidos	2.0
elegante	2.0
elegantes	2.0
emocionante	2.0
emocionantes	2.0
felices fiestas	2.0
feliz año	2.0
feliz cumple	2.0
feliz cumpleaños	2.0
feliz navidad	2.0
gracias a ti	2.0
gracias a usted	2.0
gracias a vos	2.0
gracias por la info	2.0
gracias por la información	2.0
guapa	2.0
guau	2.0
honesta	2.0
honestas	2.0
honesto	2.0
honestos	2.0
hurra	2.0
ideal	2.0
ideales	2.0
ilusionada	2.0
ilusionadas	2.0
ilusionado	2.0
ilusionados	2.0
le agradezco	2.0
le gusta	2.0
le gustan	2.0
les agradezco	2.0
les gusta	2.0
les gustan	2.0
llegaron antes	2.0
llegó antes	2.0
me gusta	2.0
me gustan	2.0
mi agradecimiento	2.0
ningún problema gracias	2.0
no hay problema gracias	2.0
nos gusta	2.0
nos gustan	2.0
próspero año nuevo	2.0
repetiré	2.0
rica	2.0
ricas	2.0
rico	2.0
ricos	2.0
satisfecha	2.0
satisfechas	2.0
satisfecho	2.0
satisfechos	2.0
se agradece	2.0
sin problema gracias	2.0
sin problemas gracias	2.0
sonrisa	2.0
sonrisas	2.0
te agradezco	2.0
wow	2.0
yay	2.0
yupi	2.0
buen	1.9
buena	1.9
grac	1.9
gracias	1.9
graciaz	1.9
grasias	1.9
grax	1.9
grcs	1.9
alucinando	1.8
amorcito	1.8
amores	1.8
baratísima	1.8
baratísimas	1.8
baratísimo	1.8
baratísimos	1.8
bendecida	1.8
bendecidas	1.8
bendecido	1.8
bendecidos	1.8
buen precio	1.8
buena relación calidad precio	1.8
buenos	1.8
buenos precios	1.8
calidad precio	1.8
cómoda	1.8
cómodas	1.8
comodidad	1.8
cómodo	1.8
cómodos	1.8
con gusto	1.8
con mucho gusto	1.8
dedicación	1.8
detallista	1.8
detallistas	1.8
eficaces	1.8
eficaz	1.8
eficiencia	1.8
el mejor	1.8
flipando	1.8
ilusión	1.8
la mejor	1.8
me agrada	1.8
me agradan	1.8
me agradó	1.8
mi amor	1.8
muy responsable	1.8
muy responsables	1.8
ofertazo	1.8
ofertón	1.8
precio accesible	1.8
precio justo	1.8
precios accesibles	1.8
precios justos	1.8
profesionalidad	1.8
profesionalismo	1.8
puntual	1.8
puntuales	1.8
rapidez	1.8
relación calidad precio	1.8
seriedad	1.8
serios	1.8
son responsables	1.8
suavecita	1.8
suavecitas	1.8
suavecito	1.8
suavecitos	1.8
un gusto	1.8
un placer	1.8
vale cada centavo	1.8
vale cada euro	1.8
vale cada peso	1.8
vale cada sol	1.8
vale la pena	1.8
vale lo que cuesta	1.8
al fin llegó	1.6
al fin me llegó	1.6
belleza	1.6
calza bien	1.6
creativa	1.6
creativas	1.6
creativo	1.6
creativos	1.6
cumplidos	1.6
cumplieron	1.6
de antemano gracias	1.6
desde ya gracias	1.6
disfrutar	1.6
disfruto	1.6
duradera	1.6
duraderas	1.6
duradero	1.6
duraderos	1.6
emoción	1.6
gentil	1.6
gentiles	1.6
gracias a dios	1.6
gracias a diosito	1.6
gracias de antemano	1.6
graciosa	1.6
graciosas	1.6
gracioso	1.6
graciosos	1.6
grs	1.6
gusta	1.6
gustan	1.6
gustaron	1.6
gustó	1.6
horma correcta	1.6
la talla correcta	1.6
le queda bien	1.6
le quedó bien	1.6
llegó mi paquete	1.6
llegó mi pedido	1.6
lujo	1.6
lujosa	1.6
lujosas	1.6
lujoso	1.6
lujosos	1.6
me llegó mi pedido	1.6
me queda bien	1.6
me quedan bien	1.6
me quedaron bien	1.6
me quedó bien	1.6
novedosa	1.6
novedosas	1.6
novedoso	1.6
novedosos	1.6
ole	1.6
orgullo	1.6
orgullosa	1.6
orgullosas	1.6
orgulloso	1.6
orgullosos	1.6
por fin llegó	1.6
por fin me llegó	1.6
práctica	1.6
prácticas	1.6
práctico	1.6
prácticos	1.6
queda bien	1.6
quedaron bien	1.6
quedó bien	1.6
recibí mi compra	1.6
recibí mi paquete	1.6
recibí mi pedido	1.6
resistente	1.6
resistentes	1.6
simpática	1.6
simpáticas	1.6
simpático	1.6
simpáticos	1.6
sorprendente	1.6
sorprendentes	1.6
talla correcta	1.6
talla justa	1.6
talla real	1.6
tallas reales	1.6
ya la recibí	1.6
ya las recibí	1.6
ya lo recibí	1.6
ya los recibí	1.6
ya recibí	1.6
ya recibí mi pedido	1.6
bueno gracias	1.5
dale gracias	1.5
de nada a ti	1.5
de nada gracias	1.5
de nada gracias a ti	1.5
listo gracias	1.5
ningún problema	1.5
no hay problema	1.5
ok gracias	1.5
okey gracias	1.5
oki gracias	1.5
rápida	1.5
rápidas	1.5
rápido	1.5
rápidos	1.5
sin problema	1.5
sin problemas	1.5
suave	1.5
suaves	1.5
útil	1.5
vale gracias	1.5
aliviada	1.4
aliviadas	1.4
aliviado	1.4
aliviados	1.4
alivio	1.4
cumplen	1.4
educada	1.4
educadas	1.4
educado	1.4
educados	1.4
intacta	1.4
intactas	1.4
intacto	1.4
intactos	1.4
joyita	1.4
me devolvieron el dinero	1.4
me devolvieron la plata	1.4
me devolvieron mi dinero	1.4
me hicieron el reembolso	1.4
me reembolsaron	1.4
recibí el reembolso	1.4
resuelta	1.4
resuelto	1.4
serias	1.4
solucionada	1.4
solucionado	1.4
una joya	1.4
ya me devolvieron el dinero	1.4
ya me devolvieron la plata	1.4
ya me reembolsaron	1.4
ya recibí el reembolso	1.4
bonitilla	1.3
bonitillas	1.3
bonitillo	1.3
bonitillos	1.3
a gusto	1.2
abrazos	1.2
abrazote	1.2
atenta	1.2
atentas	1.2
atento	1.2
atentos	1.2
besitos	1.2
besos	1.2
buenita	1.2
buenitas	1.2
buenito	1.2
buenitos	1.2
calentita	1.2
calentitas	1.2
calentito	1.2
calentitos	1.2
cariños	1.2
comodita	1.2
comoditas	1.2
comodito	1.2
comoditos	1.2
conforme	1.2
conformes	1.2
cumplido	1.2
cumplió	1.2
feliz día	1.2
fiel	1.2
fieles	1.2
fina	1.2
finas	1.2
fino	1.2
finos	1.2
fresquita	1.2
fresquitas	1.2
fresquito	1.2
fresquitos	1.2
joya	1.2
mucho gusto	1.2
placer	1.2
que tenga un buen día	1.2
que tengan un buen día	1.2
que tengan un lindo día	1.2
que tengas un buen día	1.2
que tengas un lindo día	1.2
saludos cariñosos	1.2
serio	1.2
todo bien	1.2
todo correcto	1.2
todo en orden	1.2
tranquilidad	1.2
un abrazo	1.2
un abrazote	1.2
un beso	1.2
accesible	1.0
accesibles	1.0
aceptable	1.0
aceptables	1.0
adecuada	1.0
adecuadas	1.0
adecuado	1.0
adecuados	1.0
auténtica	1.0
auténticas	1.0
auténtico	1.0
auténticos	1.0
barata	1.0
baratas	1.0
barato	1.0
baratos	1.0
bravo	1.0
bueno	1.0
correcta	1.0
correctas	1.0
correcto	1.0
correctos	1.0
decente	1.0
decentes	1.0
disculpa el retraso	1.0
disculpa la demora	1.0
disculpa la tardanza	1.0
disculpe el retraso	1.0
disculpe la demora	1.0
disculpe la tardanza	1.0
disculpen el retraso	1.0
disculpen la demora	1.0
disculpen las demoras	1.0
económica	1.0
económicas	1.0
económico	1.0
económicos	1.0
especial	1.0
especiales	1.0
fresca	1.0
frescas	1.0
fresco	1.0
frescos	1.0
ganga	1.0
gangas	1.0
mejor	1.0
ninguna molestia	1.0
no es molestia	1.0
no hay cuidado	1.0
no hay drama	1.0
no hay lío	1.0
no se preocupe	1.0
no se preocupen	1.0
no te preocupes	1.0
perdón la demora	1.0
perdón por el retraso	1.0
perdón por la demora	1.0
perdón por la tardanza	1.0
rapidita	1.0
rapidito	1.0
sin drama	1.0
todo ok	1.0
todo okey	1.0
tranquila	1.0
tranquilas	1.0
tranquilo	1.0
tranquilos	1.0
ya llegaron	1.0
ya llegó	1.0
ya me llegaron	1.0
ya me llegó	1.0
bien	0.9
al fin	0.8
buen fin	0.8
buen fin de semana	0.8
buen finde	0.8
buena semana	0.8
encantaría	0.8
feliz finde	0.8
gracias igualmente	0.8
gratis	0.8
gratuita	0.8
gratuito	0.8
me encantaría	0.8
no hay apuro	0.8
no hay prisa	0.8
nos encantaría	0.8
por fin	0.8
que tengas buen día	0.8
recibida	0.8
recibidas	0.8
recibido	0.8
recibidos	0.8
sin apuro	0.8
sin duda	0.8
sin dudas	0.8
sin ninguna duda	0.8
sin prisa	0.8
ajaja	0.6
ajajaja	0.6
ajajajaja	0.6
cosita	0.6
descuento	0.6
descuentos	0.6
fue falsa alarma	0.6
gracias de todas formas	0.6
gracias de todas maneras	0.6
gracias de todos modos	0.6
gracias igual	0.6
igual gracias	0.6
jaja	0.6
jajaj	0.6
jajaja	0.6
jajajaj	0.6
jajajaja	0.6
jajajajaj	0.6
jajajajaja	0.6
jajajajajaj	0.6
jajajajajaja	0.6
jajajajajajaja	0.6
jajajajajajajaja	0.6
jajsj	0.6
jajsjs	0.6
jajsjsj	0.6
jajsjsjs	0.6
la quiero ya	0.6
la recibí	0.6
las quiero todas	0.6
lo quiero ya	0.6
lo recibí	0.6
los quiero todos	0.6
no pasa nada	0.6
oferta	0.6
ofertas	0.6
promoción	0.6
promociones	0.6
recibí	0.6
te quiero comprar	0.6
un 10 de descuento	0.6
un 10 off	0.6
un 10 por ciento	0.6
ya apareció	0.6
ya llegó todo	0.6
de nada	0.5
el mejor precio	0.5
el precio más bajo	0.5
jkjk	0.5
jkjkjk	0.5
jsjs	0.5
jsjsjs	0.5
jsjsjsjs	0.5
jsjsjsjsjs	0.5
la mejor oferta	0.5
mejor oferta	0.5
mejor precio	0.5
por nada	0.5
precio más bajo	0.5
su mejor precio	0.5
cositas	0.4
jej	0.4
jeje	0.4
jejej	0.4
jejeje	0.4
jejejeje	0.4
jejejejeje	0.4
jiji	0.4
jijiji	0.4
jijijiji	0.4
promo	0.4
promos	0.4
agradecería	0.3
atenta a su respuesta	0.3
atento a su respuesta	0.3
atentos a su respuesta	0.3
le agradecería	0.3
les agradecería	0.3
quedamos atentas	0.3
quedamos atentos	0.3
quedo atenta	0.3
quedo atenta a su respuesta	0.3
quedo atento	0.3
quedo atento a su respuesta	0.3
te agradecería	0.3
a bello	0.0
a lo mejor	0.0
bella vista	0.0
bellavista	0.0
buen día	0.0
buenas noches	0.0
buenas tardes	0.0
buenos aires	0.0
buenos días	0.0
calce regular	0.0
cara y cuerpo	0.0
consulta rápida	0.0
corte regular	0.0
costa rica	0.0
cuál es el mejor	0.0
cuál es la mejor	0.0
cuál es mejor	0.0
cuál me recomienda	0.0
cuál me recomiendas	0.0
de belleza	0.0
de bello	0.0
de diez años	0.0
de diez cuadras	0.0
de diez días	0.0
de diez horas	0.0
de diez kilos	0.0
de diez metros	0.0
de diez minutos	0.0
de la cara	0.0
disculpa el inconveniente	0.0
disculpa la molestia	0.0
disculpa las molestias	0.0
disculpa los inconvenientes	0.0
disculpa por la molestia	0.0
disculpa que moleste	0.0
disculpa que te moleste	0.0
disculpe el inconveniente	0.0
disculpe la molestia	0.0
disculpe las molestias	0.0
disculpe los inconvenientes	0.0
disculpe por la molestia	0.0
disculpe que le moleste	0.0
disculpe que moleste	0.0
disculpen el inconveniente	0.0
disculpen la molestia	0.0
disculpen las molestias	0.0
disculpen los inconvenientes	0.0
duda rápida	0.0
en bello	0.0
en la cara	0.0
en serio	0.0
eso es todo	0.0
falsa alarma	0.0
falta poco	0.0
gustaría	0.0
hace falta	0.0
horma regular	0.0
la cara	0.0
le gustaría	0.0
le molesto	0.0
les gustaría	0.0
les molesto	0.0
lo más rápido posible	0.0
lo mejor posible	0.0
me encantaría saber	0.0
me falta poco	0.0
me gustaría	0.0
muy buenas noches	0.0
muy buenas tardes	0.0
muy buenos días	0.0
nada más	0.0
nada mas que eso	0.0
no hace falta	0.0
nos gustaría	0.0
otra cosita	0.0
para la cara	0.0
pena con usted	0.0
perdón la molestia	0.0
perdón por el inconveniente	0.0
perdón por la molestia	0.0
perdón por las molestias	0.0
perdón por los inconvenientes	0.0
perdón que le moleste	0.0
perdón que moleste	0.0
perdón que te moleste	0.0
precio regular	0.0
pregunta rápida	0.0
puerto rico	0.0
qué me recomienda	0.0
qué me recomiendan	0.0
qué me recomiendas	0.0
qué pena con usted	0.0
qué pena contigo	0.0
quisiera	0.0
siento molestar	0.0
siento molestarle	0.0
siento molestarte	0.0
sin falta	0.0
talla regular	0.0
te gustaría	0.0
te molesto	0.0
te quiero comentar	0.0
te quiero consultar	0.0
te quiero decir	0.0
te quiero hacer	0.0
te quiero pedir	0.0
te quiero preguntar	0.0
una consulta rápida	0.0
una cosita	0.0
una cosita más	0.0
una pregunta rápida	0.0
una última cosita	0.0
valle hermoso	0.0
villa hermosa	0.0
villahermosa	0.0
y nada más	0.0
bueno bueno	-0.3
bueno nada	-0.3
bueno ok	-0.3
bueno pues	-0.3
bueno vale	-0.3
bueno ya	-0.3
me da pena	-0.3
pues bueno	-0.3
cancelada	-0.4
cancelado	-0.4
cancelo	-0.4
me da cosa	-0.5
me da vergüenza	-0.5
ni modo	-0.5
qué le vamos a hacer	-0.5
qué se le va a hacer	-0.5
ya qué	-0.5
cancelación	-0.6
cancelar	-0.6
devolución	-0.6
devoluciones	-0.6
falta	-0.6
más o menos	-0.6
meh	-0.6
nada del otro mundo	-0.6
nada especial	-0.6
ni fu ni fa	-0.6
ñoña	-0.6
ñoñas	-0.6
ñoño	-0.6
ñoños	-0.6
otra vez	-0.6
para cuándo	-0.6
regularcito	-0.6
una vez más	-0.6
a ver qué dicen	-0.8
a ver qué pasa	-0.8
anular	-0.8
apretada	-0.8
apretadas	-0.8
apretado	-0.8
apretados	-0.8
arrugada	-0.8
arrugadas	-0.8
arrugado	-0.8
arrugados	-0.8
consumo	-0.8
es urgente	-0.8
hasta que al fin	-0.8
hasta que por fin	-0.8
insuficiente	-0.8
insuficientes	-0.8
normalita	-0.8
normalito	-0.8
pff	-0.8
por fin contestan	-0.8
por fin responden	-0.8
puf	-0.8
reembolso	-0.8
reembolsos	-0.8
reintegro	-0.8
uf	-0.8
ufa	-0.8
uff	-0.8
urge	-0.8
urgente	-0.8
ya veremos	-0.8
a ver cuándo	-1.0
a ver cuándo llega	-1.0
cara	-1.0
caras	-1.0
confundida	-1.0
confundidas	-1.0
confundido	-1.0
confundidos	-1.0
confusión	-1.0
cuándo llega mi pedido	-1.0
cuándo me llega	-1.0
demoró	-1.0
hace 10 días	-1.0
hace 12 días	-1.0
hace 5 días	-1.0
hace 6 días	-1.0
hace 7 días	-1.0
hace 8 días	-1.0
hace 9 días	-1.0
hace días	-1.0
hace diez días	-1.0
hace dos semanas	-1.0
hace más de un mes	-1.0
hace más de una semana	-1.0
hace meses	-1.0
hace mucho	-1.0
hace rato	-1.0
hace semanas	-1.0
hace tres semanas	-1.0
hace un mes	-1.0
hace una semana	-1.0
hace varios días	-1.0
me temo	-1.0
no entiendo nada	-1.0
no me queda claro	-1.0
preocupa	-1.0
preocupada	-1.0
preocupadas	-1.0
preocupado	-1.0
preocupados	-1.0
quiero cancelar	-1.0
regular	-1.0
se demora	-1.0
se tarda	-1.0
tanto tiempo	-1.0
tarda	-1.0
tardó	-1.0
temo	-1.0
ya llevo	-1.0
ya pasó	-1.0
más de varios días	-1.1
anulen	-1.2
apúrense	-1.2
ay no	-1.2
cancelen	-1.2
cansada	-1.2
cansadas	-1.2
cansado	-1.2
cansados	-1.2
dense prisa	-1.2
devolver	-1.2
devolverla	-1.2
devolverlas	-1.2
devolverlo	-1.2
devolverlos	-1.2
devuelvan	-1.2
devuélveme	-1.2
dios mío	-1.2
en visto	-1.2
enredo	-1.2
exijo hablar	-1.2
hablar con el dueño	-1.2
hablar con el encargado	-1.2
hablar con el gerente	-1.2
hablar con el responsable	-1.2
hablar con el supervisor	-1.2
hablar con la dueña	-1.2
hablar con la encargada	-1.2
hablar con la gerente	-1.2
hablar con un encargado	-1.2
hablar con un humano	-1.2
hablar con un responsable	-1.2
hablar con un supervisor	-1.2
hablar con una persona	-1.2
hablar con una persona real	-1.2
hace 15 días	-1.2
hace quince días	-1.2
hace tiempo	-1.2
hace una semana y media	-1.2
horma chica	-1.2
horma pequeña	-1.2
inconveniente	-1.2
inconvenientes	-1.2
lío	-1.2
líos	-1.2
llevo días	-1.2
madre mía	-1.2
más de 10 días	-1.2
más de 12 días	-1.2
más de 5 días	-1.2
más de 6 días	-1.2
más de 7 días	-1.2
más de 8 días	-1.2
más de 9 días	-1.2
más de diez días	-1.2
más de una semana	-1.2
me enviaron otra	-1.2
me enviaron otro	-1.2
me llegó otra	-1.2
me llegó otro	-1.2
me mandaron otra	-1.2
me mandaron otro	-1.2
me queda ajustada	-1.2
me queda ajustado	-1.2
me queda apretada	-1.2
me queda apretado	-1.2
me queda chica	-1.2
me queda chico	-1.2
me queda corta	-1.2
me queda corto	-1.2
me queda enorme	-1.2
me queda floja	-1.2
me queda flojo	-1.2
me queda grande	-1.2
me queda larga	-1.2
me queda largo	-1.2
me queda pequeña	-1.2
me queda pequeño	-1.2
me quedan chicas	-1.2
me quedan chicos	-1.2
me quedan grandes	-1.2
me quedan pequeñas	-1.2
me quedan pequeños	-1.2
me quedaron chicos	-1.2
me quedaron grandes	-1.2
me quedaron pequeños	-1.2
me quedó apretada	-1.2
me quedó apretado	-1.2
me quedó chica	-1.2
me quedó chico	-1.2
me quedó corta	-1.2
me quedó corto	-1.2
me quedó grande	-1.2
me quedó largo	-1.2
me quedó pequeña	-1.2
me quedó pequeño	-1.2
me vino otra	-1.2
me vino otro	-1.2
mojada	-1.2
mojadas	-1.2
mojado	-1.2
mojados	-1.2
molestia	-1.2
molestias	-1.2
no es la talla correcta	-1.2
no lo puedo creer	-1.2
no me lo puedo creer	-1.2
parece mentira	-1.2
parece una broma	-1.2
pásame con alguien	-1.2
pásenme con alguien	-1.2
pena	-1.2
pirata	-1.2
piratas	-1.2
qué cara	-1.2
qué caras	-1.2
qué pena	-1.2
quiero cambiarla	-1.2
quiero cambiarlo	-1.2
quiero hablar con alguien	-1.2
quiero hablar con una persona	-1.2
quiero hacer un cambio	-1.2
quiero hacer una devolución	-1.2
rara	-1.2
raras	-1.2
raro	-1.2
raros	-1.2
tallan chico	-1.2
tallan grande	-1.2
tallan pequeño	-1.2
un lío	-1.2
viene chico	-1.2
viene pequeño	-1.2
vienen chicos	-1.2
vienen pequeños	-1.2
ya pasaron días	-1.2
ya por favor	-1.2
ya van	-1.2
ya van días	-1.2
hace 20 días	-1.3
hace veinte días	-1.3
llevo varios días	-1.3
ya pasaron varios días	-1.3
ya van varios días	-1.3
arrugadísima	-1.4
arrugadísimas	-1.4
arrugadísimo	-1.4
arrugadísimos	-1.4
áspera	-1.4
ásperas	-1.4
áspero	-1.4
ásperos	-1.4
contesten	-1.4
contéstenme	-1.4
desafortunadamente	-1.4
desgraciadamente	-1.4
despegada	-1.4
despegadas	-1.4
despegado	-1.4
despegados	-1.4
desprolija	-1.4
desprolijo	-1.4
encogió	-1.4
errónea	-1.4
erróneas	-1.4
erróneo	-1.4
erróneos	-1.4
es un bot	-1.4
esperando hace días	-1.4
espero respuesta	-1.4
espero su respuesta	-1.4
espero una respuesta	-1.4
golpeada	-1.4
golpeadas	-1.4
golpeado	-1.4
golpeados	-1.4
hablan con un bot	-1.4
hace 2 semanas	-1.4
hace 25 días	-1.4
hace 30 días	-1.4
hace 40 días	-1.4
hace 45 días	-1.4
hace treinta días	-1.4
hace varias semanas	-1.4
hay alguien	-1.4
hay alguien ahí	-1.4
hola alguien	-1.4
hola hay alguien	-1.4
imitación	-1.4
imitaciones	-1.4
incorrecta	-1.4
incorrectas	-1.4
incorrecto	-1.4
incorrectos	-1.4
la tela pica	-1.4
lamentablemente	-1.4
llegaron arrugadas	-1.4
llegaron arrugados	-1.4
llegó arrugada	-1.4
llegó arrugado	-1.4
llevo 10 días	-1.4
llevo 12 días	-1.4
llevo 5 días	-1.4
llevo 6 días	-1.4
llevo 7 días	-1.4
llevo 8 días	-1.4
llevo 9 días	-1.4
llevo diez días	-1.4
llevo una semana	-1.4
más de 15 días	-1.4
más de dos semanas	-1.4
más de quince días	-1.4
más de una semana y media	-1.4
me llegaron arrugadas	-1.4
me llegaron arrugados	-1.4
me llegó arrugada	-1.4
me llegó arrugado	-1.4
me pueden contestar	-1.4
me pueden responder	-1.4
mensaje automático	-1.4
nervios	-1.4
nerviosa	-1.4
nerviosas	-1.4
nervioso	-1.4
nerviosos	-1.4
pica mucho	-1.4
poca atención	-1.4
poca información	-1.4
poca paciencia	-1.4
poco cómoda	-1.4
poco cómodo	-1.4
poco práctica	-1.4
poco práctico	-1.4
poco útil	-1.4
poco útiles	-1.4
por desgracia	-1.4
por dios	-1.4
por favor ya	-1.4
preocupación	-1.4
preocupaciones	-1.4
pueden contestar	-1.4
pueden responder	-1.4
puro bot	-1.4
rasposa	-1.4
rasposo	-1.4
respondan	-1.4
respóndanme	-1.4
respuesta automática	-1.4
respuestas automáticas	-1.4
se arruga mucho	-1.4
se encoge	-1.4
se encogió	-1.4
se transparenta	-1.4
solo un bot	-1.4
tela delgada	-1.4
tela finita	-1.4
vinieron arrugadas	-1.4
vinieron arrugados	-1.4
vino arrugada	-1.4
vino arrugado	-1.4
y mi compra	-1.4
y mi envío	-1.4
y mi orden	-1.4
y mi paquete	-1.4
y mi pedido	-1.4
ya llegaron arrugadas	-1.4
ya llegaron arrugados	-1.4
ya llegó arrugada	-1.4
ya llegó arrugado	-1.4
ya me llegó arrugada	-1.4
ya me llegó arrugado	-1.4
ya pasaron 10 días	-1.4
ya pasaron 12 días	-1.4
ya pasaron 5 días	-1.4
ya pasaron 6 días	-1.4
ya pasaron 7 días	-1.4
ya pasaron 8 días	-1.4
ya pasaron 9 días	-1.4
ya pasaron diez días	-1.4
ya pasó una semana	-1.4
ya van 10 días	-1.4
ya van 12 días	-1.4
ya van 5 días	-1.4
ya van 6 días	-1.4
ya van 7 días	-1.4
ya van 8 días	-1.4
ya van 9 días	-1.4
ya van diez días	-1.4
caro	-1.5
caros	-1.5
costosa	-1.5
costosas	-1.5
costoso	-1.5
costosos	-1.5
esperando hace varios días	-1.5
más de 20 días	-1.5
más de veinte días	-1.5
abogada	-1.6
abogado	-1.6
abogados	-1.6
abollada	-1.6
abolladas	-1.6
abollado	-1.6
abollados	-1.6
agujero	-1.6
agujeros	-1.6
aplastada	-1.6
aplastadas	-1.6
aplastado	-1.6
aplastados	-1.6
astillada	-1.6
astilladas	-1.6
astillado	-1.6
astillados	-1.6
atrasada	-1.6
atrasadas	-1.6
atrasado	-1.6
atrasados	-1.6
caos	-1.6
chueca	-1.6
chuecas	-1.6
chueco	-1.6
chuecos	-1.6
coño	-1.6
de mala gana	-1.6
de mala manera	-1.6
defecto	-1.6
defectos	-1.6
demasiado cara	-1.6
demasiado caro	-1.6
demorada	-1.6
demoradas	-1.6
demorado	-1.6
demorados	-1.6
demoran	-1.6
demoran mucho	-1.6
demorando	-1.6
demoraron	-1.6
demoraron mucho	-1.6
demoró mucho	-1.6
descolorida	-1.6
descoloridas	-1.6
descolorido	-1.6
descoloridos	-1.6
desgastada	-1.6
desgastadas	-1.6
desgastado	-1.6
desgastados	-1.6
deshilachada	-1.6
deshilachadas	-1.6
deshilachado	-1.6
deshilachados	-1.6
desteñida	-1.6
desteñidas	-1.6
desteñido	-1.6
desteñidos	-1.6
equivocación	-1.6
equivocada	-1.6
equivocadas	-1.6
equivocado	-1.6
equivocados	-1.6
equivocaron	-1.6
error	-1.6
errores	-1.6
esperando hace 10 días	-1.6
esperando hace 12 días	-1.6
esperando hace 5 días	-1.6
esperando hace 6 días	-1.6
esperando hace 7 días	-1.6
esperando hace 8 días	-1.6
esperando hace 9 días	-1.6
esperando hace diez días	-1.6
esperando hace una semana	-1.6
esperando mi paquete	-1.6
esperando mi pedido	-1.6
esperando mi reembolso	-1.6
esperando respuesta	-1.6
estoy esperando	-1.6
excesiva	-1.6
excesivas	-1.6
excesivo	-1.6
excesivos	-1.6
falla	-1.6
fallas	-1.6
fallo	-1.6
fallos	-1.6
faltan	-1.6
faltaron	-1.6
faltó	-1.6
fuera de plazo	-1.6
fuera de tiempo	-1.6
hace 3 semanas	-1.6
hace un mes y medio	-1.6
hacer un reclamo	-1.6
imperfección	-1.6
imperfecciones	-1.6
incompleta	-1.6
incompletas	-1.6
incompleto	-1.6
incompletos	-1.6
joder	-1.6
lástima	-1.6
lenta	-1.6
lentas	-1.6
lentitud	-1.6
lento	-1.6
lentos	-1.6
llega tarde	-1.6
llegaron tarde	-1.6
llegó tarde	-1.6
llevo 15 días	-1.6
llevo dos semanas	-1.6
llevo quince días	-1.6
llevo semanas	-1.6
llevo una semana y media	-1.6
lloramos	-1.6
llorando	-1.6
llorar	-1.6
lloré	-1.6
lloro	-1.6
mal rollo	-1.6
mancha	-1.6
manchas	-1.6
más de 2 semanas	-1.6
más de 25 días	-1.6
más de 30 días	-1.6
más de 40 días	-1.6
más de 45 días	-1.6
más de treinta días	-1.6
más de tres semanas	-1.6
más de un mes	-1.6
más de varias semanas	-1.6
me aprieta	-1.6
me aprietan	-1.6
me lastima	-1.6
me lastiman	-1.6
me quejo	-1.6
me voy a quejar	-1.6
nada que ver	-1.6
no es igual	-1.6
no se parece	-1.6
no vale el precio	-1.6
no vale la plata	-1.6
no vale lo que cuesta	-1.6
pasó la fecha	-1.6
perdida	-1.6
perdidas	-1.6
perdido	-1.6
perdidos	-1.6
pinche	-1.6
pinches	-1.6
plazo vencido	-1.6
poner un reclamo	-1.6
poner una queja	-1.6
problema	-1.6
problemas	-1.6
qué mal rollo	-1.6
queja	-1.6
quejándome	-1.6
quejarme	-1.6
quejas	-1.6
rajada	-1.6
rajadas	-1.6
rajado	-1.6
rajados	-1.6
reclamación	-1.6
reclamaciones	-1.6
reclamando	-1.6
reclamar	-1.6
reclamo	-1.6
reclamos	-1.6
reportar	-1.6
retrasada	-1.6
retrasadas	-1.6
retrasado	-1.6
retrasados	-1.6
se demoran	-1.6
se demoraron	-1.6
se demoró	-1.6
se tardan	-1.6
se tardaron	-1.6
se tardó	-1.6
sobreprecio	-1.6
tarda mucho	-1.6
tardada	-1.6
tardadas	-1.6
tardado	-1.6
tardados	-1.6
tardan	-1.6
tardan mucho	-1.6
tardando	-1.6
tardaron	-1.6
tardaron mucho	-1.6
tardó mucho	-1.6
torcida	-1.6
torcidas	-1.6
torcido	-1.6
torcidos	-1.6
ya es tarde	-1.6
ya pasaron 15 días	-1.6
ya pasaron dos semanas	-1.6
ya pasaron quince días	-1.6
ya pasaron semanas	-1.6
ya pasó la fecha	-1.6
ya pasó una semana y media	-1.6
ya se pasó la fecha	-1.6
ya van 15 días	-1.6
ya van dos semanas	-1.6
ya van quince días	-1.6
ya van semanas	-1.6
llevo 20 días	-1.7
llevo veinte días	-1.7
ya pasaron 20 días	-1.7
ya pasaron veinte días	-1.7
ya van 20 días	-1.7
ya van veinte días	-1.7
a la primera lavada	-1.8
agrietada	-1.8
agrietadas	-1.8
agrietado	-1.8
agrietados	-1.8
al primer lavado	-1.8
al primer uso	-1.8
alguien me contesta	-1.8
alguien me puede contestar	-1.8
alguien me puede responder	-1.8
alguien me responde	-1.8
alguien que me conteste	-1.8
alguien que me responda	-1.8
angustiante	-1.8
ansiedad	-1.8
arrepentimiento	-1.8
atascada	-1.8
atascadas	-1.8
atascado	-1.8
atascados	-1.8
atorada	-1.8
atoradas	-1.8
atorado	-1.8
atorados	-1.8
cada vez peor	-1.8
caducada	-1.8
caducadas	-1.8
caducado	-1.8
caducados	-1.8
con la primera lavada	-1.8
con un solo uso	-1.8
contesten por favor	-1.8
contesten porfa	-1.8
de mal en peor	-1.8
de nuevo lo mismo	-1.8
denme una respuesta	-1.8
denme una solución	-1.8
desaparecida	-1.8
desaparecidas	-1.8
desaparecido	-1.8
desaparecidos	-1.8
descosida	-1.8
descosidas	-1.8
descosido	-1.8
descosidos	-1.8
despintada	-1.8
despintadas	-1.8
despintado	-1.8
despintados	-1.8
después de un uso	-1.8
devuelto al remitente	-1.8
dolor	-1.8
dolor de cabeza	-1.8
duele	-1.8
esperando hace 15 días	-1.8
esperando hace dos semanas	-1.8
esperando hace quince días	-1.8
esperando hace semanas	-1.8
esperando hace una semana y media	-1.8
esperando su respuesta hace	-1.8
estancada	-1.8
estancadas	-1.8
estancado	-1.8
estancados	-1.8
eviten	-1.8
exijo una respuesta	-1.8
exijo una solución	-1.8
extraviada	-1.8
extraviadas	-1.8
extraviado	-1.8
extraviados	-1.8
extraviaron	-1.8
extraviaron mi pedido	-1.8
extravío	-1.8
feucha	-1.8
feucho	-1.8
hace 4 semanas	-1.8
hace dos meses	-1.8
incertidumbre	-1.8
incómoda	-1.8
incómodas	-1.8
incomodidad	-1.8
incómodo	-1.8
incómodos	-1.8
letra chica	-1.8
letra pequeña	-1.8
llegaron abiertas	-1.8
llegaron abiertos	-1.8
llegó abierta	-1.8
llegó abierto	-1.8
llevo 2 semanas	-1.8
llevo 25 días	-1.8
llevo 30 días	-1.8
llevo 40 días	-1.8
llevo 45 días	-1.8
llevo treinta días	-1.8
llevo tres semanas	-1.8
llevo un mes	-1.8
llevo varias semanas	-1.8
lo mismo de siempre	-1.8
lo perdieron	-1.8
mala onda	-1.8
manchada	-1.8
manchadas	-1.8
manchado	-1.8
manchados	-1.8
más de 3 semanas	-1.8
más de un mes y medio	-1.8
me duele	-1.8
me duelen	-1.8
me llegaron abiertas	-1.8
me llegaron abiertos	-1.8
me llegó abierta	-1.8
me llegó abierto	-1.8
me preocupa	-1.8
molesta	-1.8
molestas	-1.8
molesto	-1.8
molestos	-1.8
necesito respuesta	-1.8
necesito una respuesta	-1.8
necesito una solución	-1.8
ninguna novedad	-1.8
no aparece	-1.8
no aparece el paquete	-1.8
no aparece en el seguimiento	-1.8
no aparece mi pedido	-1.8
no avanza	-1.8
no coincide	-1.8
no confío	-1.8
no corresponde	-1.8
no es funcional	-1.8
no hay rastreo	-1.8
no hay seguimiento	-1.8
no me abrocha	-1.8
no me aparece	-1.8
no me cierra	-1.8
no me entra	-1.8
no me entró	-1.8
no me fío	-1.8
no me queda	-1.8
no me quedan	-1.8
no me quedó	-1.8
no me sirve	-1.8
no me sirvió	-1.8
no me sube	-1.8
no se actualiza	-1.8
no se actualiza el seguimiento	-1.8
no se mueve	-1.8
no tengo seguimiento	-1.8
otra vez lo mismo	-1.8
oxidada	-1.8
oxidadas	-1.8
oxidado	-1.8
oxidados	-1.8
paquete perdido	-1.8
pedido perdido	-1.8
peor	-1.8
peor que antes	-1.8
peores	-1.8
perdieron mi paquete	-1.8
perdieron mi pedido	-1.8
perdió el color	-1.8
perdió la forma	-1.8
por favor contesten	-1.8
por favor contéstenme	-1.8
por favor respondan	-1.8
por favor respóndanme	-1.8
que todo el mundo sepa	-1.8
quiero cancelar la compra	-1.8
quiero cancelar mi compra	-1.8
quiero una respuesta	-1.8
quiero una solución	-1.8
respondan por favor	-1.8
respondan porfa	-1.8
retenida en aduana	-1.8
retenidas en aduana	-1.8
retenido en aduana	-1.8
retenidos en aduana	-1.8
se cayó una piedra	-1.8
se decoloró	-1.8
se deformó	-1.8
se desarmó	-1.8
se desbarató	-1.8
se descosieron	-1.8
se descosió	-1.8
se deshizo	-1.8
se desintegró	-1.8
se despegaron	-1.8
se despegó	-1.8
se despintó	-1.8
se destiñó	-1.8
se estiró	-1.8
se manchó	-1.8
se oxidaron	-1.8
se oxidó	-1.8
se peló	-1.8
se perdió	-1.8
se perdió el paquete	-1.8
se perdió mi pedido	-1.8
se rasgó	-1.8
se rayó	-1.8
se salió el color	-1.8
se soltó	-1.8
siempre es lo mismo	-1.8
siempre lo mismo	-1.8
sigue en el mismo estado	-1.8
sigue en el mismo lugar	-1.8
sigue en preparación	-1.8
sigue igual	-1.8
sin noticias	-1.8
sin novedades	-1.8
sin número de seguimiento	-1.8
sin rastreo	-1.8
sin respuesta	-1.8
sin seguimiento	-1.8
sufriendo	-1.8
sufrir	-1.8
tengan cuidado	-1.8
todos van a saber	-1.8
vencida	-1.8
vencidas	-1.8
vencido	-1.8
vencidos	-1.8
vinieron abiertas	-1.8
vinieron abiertos	-1.8
vino abierta	-1.8
vino abierto	-1.8
y mi dinero	-1.8
y mi plata	-1.8
y mi reembolso	-1.8
ya llegaron abiertas	-1.8
ya llegaron abiertos	-1.8
ya llegó abierta	-1.8
ya llegó abierto	-1.8
ya me llegó abierta	-1.8
ya me llegó abierto	-1.8
ya no confío	-1.8
ya pasaron	-1.8
ya pasaron 2 semanas	-1.8
ya pasaron 25 días	-1.8
ya pasaron 30 días	-1.8
ya pasaron 40 días	-1.8
ya pasaron 45 días	-1.8
ya pasaron treinta días	-1.8
ya pasaron tres semanas	-1.8
ya pasaron varias semanas	-1.8
ya pasó un mes	-1.8
ya van 2 semanas	-1.8
ya van 25 días	-1.8
ya van 30 días	-1.8
ya van 40 días	-1.8
ya van 45 días	-1.8
ya van treinta días	-1.8
ya van tres semanas	-1.8
ya van varias semanas	-1.8
esperando hace 20 días	-1.9
esperando hace veinte días	-1.9
atraso	-2.0
atrasos	-2.0
aún espero	-2.0
aún estoy esperando	-2.0
averiada	-2.0
averiadas	-2.0
averiado	-2.0
averiados	-2.0
basta	-2.0
cagaron	-2.0
cancelaron mi pedido	-2.0
cancelen mi compra	-2.0
cancelen mi orden	-2.0
cancelen mi pedido	-2.0
chinga	-2.0
cuánto más	-2.0
cuánto tiempo más	-2.0
dañada	-2.0
dañadas	-2.0
dañado	-2.0
dañados	-2.0
deformada	-2.0
deformadas	-2.0
deformado	-2.0
deformados	-2.0
demasiado tarde	-2.0
demasiado tiempo	-2.0
demora	-2.0
demoradísima	-2.0
demoradísimas	-2.0
demoradísimo	-2.0
demoradísimos	-2.0
demoras	-2.0
descompuesta	-2.0
descompuestas	-2.0
descompuesto	-2.0
descompuestos	-2.0
desconfiable	-2.0
desconfiables	-2.0
desconfiada	-2.0
desconfiadas	-2.0
desconfiado	-2.0
desconfiados	-2.0
desconfianza	-2.0
desconfío	-2.0
dónde está el paquete	-2.0
dónde está el pedido	-2.0
dónde está mi compra	-2.0
dónde está mi encargo	-2.0
dónde está mi envío	-2.0
dónde está mi orden	-2.0
dónde está mi paquete	-2.0
dónde está mi pedido	-2.0
dónde está mi producto	-2.0
dónde quedó mi paquete	-2.0
dónde quedó mi pedido	-2.0
dudosa	-2.0
dudosas	-2.0
dudoso	-2.0
dudosos	-2.0
es una pena	-2.0
espera eterna	-2.0
esperando desde hace	-2.0
esperando hace	-2.0
esperando hace 2 semanas	-2.0
esperando hace 25 días	-2.0
esperando hace 30 días	-2.0
esperando hace 40 días	-2.0
esperando hace 45 días	-2.0
esperando hace treinta días	-2.0
esperando hace tres semanas	-2.0
esperando hace un mes	-2.0
esperando hace varias semanas	-2.0
estropeada	-2.0
estropeadas	-2.0
estropeado	-2.0
estropeados	-2.0
exigimos	-2.0
exijo	-2.0
exijo una explicación	-2.0
facua	-2.0
falsa	-2.0
falsas	-2.0
falso	-2.0
falsos	-2.0
falta de seriedad	-2.0
fregada	-2.0
fregadas	-2.0
fregado	-2.0
fregados	-2.0
gracias por nada	-2.0
hace 2 meses	-2.0
hace 3 meses	-2.0
hace 4 meses	-2.0
hace 5 meses	-2.0
hace 5 semanas	-2.0
hace 6 meses	-2.0
hace 6 semanas	-2.0
la cagaron	-2.0
la embarraron	-2.0
la fregaron	-2.0
la pifiaron	-2.0
la regaron	-2.0
la voy a devolver	-2.0
las voy a devolver	-2.0
lentísima	-2.0
lentísimas	-2.0
lentísimo	-2.0
lentísimos	-2.0
llegaron desarmadas	-2.0
llegaron desarmados	-2.0
llegaron despegadas	-2.0
llegaron despegados	-2.0
llegaron desteñidas	-2.0
llegaron desteñidos	-2.0
llegaron mojadas	-2.0
llegaron mojados	-2.0
llegaron rayadas	-2.0
llegaron rayados	-2.0
llegó desarmada	-2.0
llegó desarmado	-2.0
llegó despegada	-2.0
llegó despegado	-2.0
llegó desteñida	-2.0
llegó desteñido	-2.0
llegó mojada	-2.0
llegó mojado	-2.0
llegó rayada	-2.0
llegó rayado	-2.0
llevo 3 semanas	-2.0
llevo un mes y medio	-2.0
lo voy a devolver	-2.0
los voy a devolver	-2.0
mal	-2.0
más de 4 semanas	-2.0
más de dos meses	-2.0
me cancelaron	-2.0
me cansé	-2.0
me canso	-2.0
me da miedo	-2.0
me hicieron esperar	-2.0
me llegaron desarmadas	-2.0
me llegaron desarmados	-2.0
me llegaron despegadas	-2.0
me llegaron despegados	-2.0
me llegaron desteñidas	-2.0
me llegaron desteñidos	-2.0
me llegaron mojadas	-2.0
me llegaron mojados	-2.0
me llegaron rayadas	-2.0
me llegaron rayados	-2.0
me llegaron tarde	-2.0
me llegó desarmada	-2.0
me llegó desarmado	-2.0
me llegó despegada	-2.0
me llegó despegado	-2.0
me llegó desteñida	-2.0
me llegó desteñido	-2.0
me llegó mojada	-2.0
me llegó mojado	-2.0
me llegó rayada	-2.0
me llegó rayado	-2.0
me llegó tarde	-2.0
metieron la pata	-2.0
miedo	-2.0
mucha espera	-2.0
omic	-2.0
poca seriedad	-2.0
poco amable	-2.0
poco amables	-2.0
poco confiable	-2.0
poco confiables	-2.0
poco profesional	-2.0
poco profesionales	-2.0
poco profesionalismo	-2.0
poco recomendable	-2.0
poco recomendables	-2.0
poco seria	-2.0
poco serias	-2.0
poco serio	-2.0
poco serios	-2.0
qué caro	-2.0
qué caros	-2.0
qué complicado	-2.0
qué demora	-2.0
qué difícil	-2.0
qué extraño	-2.0
qué feo servicio	-2.0
qué hay de mi pedido	-2.0
qué lenta	-2.0
qué lento	-2.0
qué lentos	-2.0
qué mal todo	-2.0
qué onda con mi pedido	-2.0
qué pasa con mi compra	-2.0
qué pasa con mi envío	-2.0
qué pasa con mi orden	-2.0
qué pasa con mi paquete	-2.0
qué pasa con mi pedido	-2.0
qué pasó con mi compra	-2.0
qué pasó con mi envío	-2.0
qué pasó con mi orden	-2.0
qué pasó con mi paquete	-2.0
qué pasó con mi pedido	-2.0
qué raro	-2.0
qué susto	-2.0
qué tardados	-2.0
qué tardanza	-2.0
quebrada	-2.0
quebradas	-2.0
quebrado	-2.0
quebrados	-2.0
quiero cancelar mi pedido	-2.0
quiero devolver	-2.0
quiero devolverla	-2.0
quiero devolverlas	-2.0
quiero devolverlo	-2.0
quiero devolverlos	-2.0
quiero el reintegro	-2.0
quiero hacer la devolución	-2.0
quiero la devolución	-2.0
quiero mi reintegro	-2.0
retrasadísima	-2.0
retrasadísimas	-2.0
retrasadísimo	-2.0
retrasadísimos	-2.0
retraso	-2.0
retrasos	-2.0
rota	-2.0
rotas	-2.0
roto	-2.0
rotos	-2.0
sigo en espera	-2.0
sospechosa	-2.0
sospechosas	-2.0
sospechoso	-2.0
sospechosos	-2.0
sucia	-2.0
sucias	-2.0
sucio	-2.0
sucios	-2.0
susto	-2.0
tanta espera	-2.0
tardanza	-2.0
tardísimo	-2.0
temor	-2.0
todavía espero	-2.0
todavía estoy esperando	-2.0
una eternidad	-2.0
una pena	-2.0
vale madre	-2.0
vale madres	-2.0
vale verga	-2.0
valió madre	-2.0
valió madres	-2.0
valió verga	-2.0
verga	-2.0
vinieron desarmadas	-2.0
vinieron desarmados	-2.0
vinieron despegadas	-2.0
vinieron despegados	-2.0
vinieron desteñidas	-2.0
vinieron desteñidos	-2.0
vinieron mojadas	-2.0
vinieron mojados	-2.0
vinieron rayadas	-2.0
vinieron rayados	-2.0
vinieron tarde	-2.0
vino desarmada	-2.0
vino desarmado	-2.0
vino despegada	-2.0
vino despegado	-2.0
vino desteñida	-2.0
vino desteñido	-2.0
vino mojada	-2.0
vino mojado	-2.0
vino rayada	-2.0
vino rayado	-2.0
vino tarde	-2.0
voy a devolverla	-2.0
voy a devolverlo	-2.0
ya llegaron desarmadas	-2.0
ya llegaron desarmados	-2.0
ya llegaron despegadas	-2.0
ya llegaron despegados	-2.0
ya llegaron desteñidas	-2.0
ya llegaron desteñidos	-2.0
ya llegaron mojadas	-2.0
ya llegaron mojados	-2.0
ya llegaron rayadas	-2.0
ya llegaron rayados	-2.0
ya llegaron tarde	-2.0
ya llegó desarmada	-2.0
ya llegó desarmado	-2.0
ya llegó despegada	-2.0
ya llegó despegado	-2.0
ya llegó desteñida	-2.0
ya llegó desteñido	-2.0
ya llegó mojada	-2.0
ya llegó mojado	-2.0
ya llegó rayada	-2.0
ya llegó rayado	-2.0
ya llegó tarde	-2.0
ya me llegó desarmada	-2.0
ya me llegó desarmado	-2.0
ya me llegó despegada	-2.0
ya me llegó despegado	-2.0
ya me llegó desteñida	-2.0
ya me llegó desteñido	-2.0
ya me llegó mojada	-2.0
ya me llegó mojado	-2.0
ya me llegó rayada	-2.0
ya me llegó rayado	-2.0
ya me llegó tarde	-2.0
ya pasaron 3 semanas	-2.0
ya pasó un mes y medio	-2.0
ya van 3 semanas	-2.0
0 estrellas	-2.2
1 estrella	-2.2
absurda	-2.2
absurdas	-2.2
absurdo	-2.2
absurdos	-2.2
atienden mal	-2.2
berreta	-2.2
berretas	-2.2
caja vacía	-2.2
calidad baja	-2.2
calidad regular	-2.2
calificación cero	-2.2
cara para lo que es	-2.2
caras para lo que son	-2.2
cargo duplicado	-2.2
cargos extra	-2.2
cargos ocultos	-2.2
carísima	-2.2
carísimas	-2.2
carísimo	-2.2
carísimos	-2.2
caro para lo que es	-2.2
caros para lo que son	-2.2
cero estrellas	-2.2
chafa	-2.2
chafas	-2.2
chimbo	-2.2
clavan el visto	-2.2
cobrado dos veces	-2.2
cobraron de más	-2.2
cobraron doble	-2.2
cobraron dos veces	-2.2
cobro de más	-2.2
cobro doble	-2.2
cobro duplicado	-2.2
cobros extra	-2.2
cochina	-2.2
cochinas	-2.2
cochino	-2.2
cochinos	-2.2
color equivocado	-2.2
color incorrecto	-2.2
contestan mal	-2.2
costos ocultos	-2.2
cutre	-2.2
cutres	-2.2
de segunda mano	-2.2
deficiente	-2.2
deficientes	-2.2
dejan en visto	-2.2
dejaron en visto	-2.2
demora mucho	-2.2
diferente a la foto	-2.2
diferente a lo que pedí	-2.2
diferente al de la foto	-2.2
diferente de la foto	-2.2
disconforme	-2.2
disconformes	-2.2
disgustada	-2.2
disgustadas	-2.2
disgustado	-2.2
disgustados	-2.2
disgusto	-2.2
distinta a la foto	-2.2
distinto a la foto	-2.2
distinto a lo que pedí	-2.2
distinto de la foto	-2.2
doble cargo	-2.2
doble cobro	-2.2
dolorosa	-2.2
doloroso	-2.2
endeble	-2.2
endebles	-2.2
enviaron mal	-2.2
es increíble que	-2.2
es una lástima	-2.2
esperando hace 3 semanas	-2.2
esperando hace un mes y medio	-2.2
estrés	-2.2
estresada	-2.2
estresadas	-2.2
estresado	-2.2
estresados	-2.2
estresante	-2.2
falta una pieza	-2.2
faltan cosas	-2.2
faltan piezas	-2.2
faltó una prenda	-2.2
fastidiada	-2.2
fastidiadas	-2.2
fastidiado	-2.2
fastidiados	-2.2
fastidio	-2.2
fea	-2.2
feas	-2.2
feo	-2.2
feos	-2.2
hace bolitas	-2.2
hastío	-2.2
huele feo	-2.2
huele mal	-2.2
huele raro	-2.2
ignorada	-2.2
ignoradas	-2.2
ignorado	-2.2
ignorados	-2.2
ignoran	-2.2
ignorando	-2.2
ignoraron	-2.2
inconforme	-2.2
inconformes	-2.2
increíble que	-2.2
le salieron bolitas	-2.2
llegaron abolladas	-2.2
llegaron abollados	-2.2
llegaron aplastadas	-2.2
llegaron aplastados	-2.2
llegaron equivocadas	-2.2
llegaron equivocados	-2.2
llegaron golpeadas	-2.2
llegaron golpeados	-2.2
llegaron incompletas	-2.2
llegaron incompletos	-2.2
llegaron usadas	-2.2
llegaron usados	-2.2
llegó abollada	-2.2
llegó abollado	-2.2
llegó aplastada	-2.2
llegó aplastado	-2.2
llegó equivocada	-2.2
llegó equivocado	-2.2
llegó golpeada	-2.2
llegó golpeado	-2.2
llegó incompleta	-2.2
llegó incompleto	-2.2
llegó usada	-2.2
llegó usado	-2.2
llegó vacía	-2.2
llegó vacío	-2.2
llevo 4 semanas	-2.2
llevo dos meses	-2.2
llevo meses	-2.2
mal atendida	-2.2
mal atendido	-2.2
mal olor	-2.2
mal terminada	-2.2
mal terminado	-2.2
mandaron mal	-2.2
más de 2 meses	-2.2
más de 3 meses	-2.2
más de 4 meses	-2.2
más de 5 meses	-2.2
más de 5 semanas	-2.2
más de 6 meses	-2.2
más de 6 semanas	-2.2
material corriente	-2.2
me atendieron mal	-2.2
me contestaron mal	-2.2
me enviaron mal	-2.2
me enviaron otra talla	-2.2
me enviaron otro color	-2.2
me enviaron otro modelo	-2.2
me falta	-2.2
me faltan	-2.2
me faltaron	-2.2
me faltó	-2.2
me llegaron abolladas	-2.2
me llegaron abollados	-2.2
me llegaron aplastadas	-2.2
me llegaron aplastados	-2.2
me llegaron equivocadas	-2.2
me llegaron equivocados	-2.2
me llegaron golpeadas	-2.2
me llegaron golpeados	-2.2
me llegaron incompletas	-2.2
me llegaron incompletos	-2.2
me llegaron usadas	-2.2
me llegaron usados	-2.2
me llegó abollada	-2.2
me llegó abollado	-2.2
me llegó aplastada	-2.2
me llegó aplastado	-2.2
me llegó equivocada	-2.2
me llegó equivocado	-2.2
me llegó golpeada	-2.2
me llegó golpeado	-2.2
me llegó incompleta	-2.2
me llegó incompleto	-2.2
me llegó otra talla	-2.2
me llegó otro color	-2.2
me llegó otro modelo	-2.2
me llegó usada	-2.2
me llegó usado	-2.2
me mandaron mal	-2.2
me mandaron otra talla	-2.2
me mandaron otro color	-2.2
me mandaron otro modelo	-2.2
me mandaron otro producto	-2.2
me preocupa mucho	-2.2
me respondieron mal	-2.2
mediocre	-2.2
mediocres	-2.2
modelo equivocado	-2.2
modelo incorrecto	-2.2
nadie atiende	-2.2
nadie ayuda	-2.2
nadie contesta	-2.2
nadie responde	-2.2
nervios de punta	-2.2
ni caso	-2.2
ni contestan	-2.2
ni me contestan	-2.2
ni me responden	-2.2
ni responden	-2.2
ninguna respuesta	-2.2
no atienden	-2.2
no ayudan	-2.2
no contesta	-2.2
no contestan	-2.2
no contestaron	-2.2
no contesten	-2.2
no dan respuesta	-2.2
no dan solución	-2.2
no es justo	-2.2
no es posible	-2.2
no ha llegado	-2.2
no hacen caso	-2.2
no han contestado	-2.2
no han llegado	-2.2
no han respondido	-2.2
no he recibido	-2.2
no hemos recibido	-2.2
no la he recibido	-2.2
no la recibí	-2.2
no las recibí	-2.2
no leen	-2.2
no leen los mensajes	-2.2
no llega	-2.2
no llegan	-2.2
no llegaron	-2.2
no llegó	-2.2
no lo he recibido	-2.2
no lo recibí	-2.2
no los recibí	-2.2
no me atienden	-2.2
no me ayudan	-2.2
no me contestan	-2.2
no me contestaron	-2.2
no me dan respuesta	-2.2
no me dan solución	-2.2
no me ha llegado	-2.2
no me hacen caso	-2.2
no me han contestado	-2.2
no me han llegado	-2.2
no me han respondido	-2.2
no me leen	-2.2
no me llega	-2.2
no me llegaron	-2.2
no me llegó	-2.2
no me responden	-2.2
no me respondieron	-2.2
no me solucionan	-2.2
no puede ser	-2.2
no recibí	-2.2
no recibimos	-2.2
no recibo	-2.2
no respondan	-2.2
no responde	-2.2
no responden	-2.2
no respondieron	-2.2
nos atendieron mal	-2.2
olor feo	-2.2
olor raro	-2.2
pago duplicado	-2.2
paquete equivocado	-2.2
parece barata	-2.2
parece barato	-2.2
parece de segunda	-2.2
parece usada	-2.2
parece usado	-2.2
pedido equivocado	-2.2
pedido incompleto	-2.2
pedido incorrecto	-2.2
poca calidad	-2.2
preocupante	-2.2
preocupantes	-2.2
producto equivocado	-2.2
producto incorrecto	-2.2
qué fastidio	-2.2
qué lástima	-2.2
qué mal	-2.2
qué mala onda	-2.2
que nadie conteste	-2.2
que nadie responda	-2.2
que no contesten	-2.2
que no me contesten	-2.2
que no me respondan	-2.2
que no respondan	-2.2
responden mal	-2.2
ridícula	-2.2
ridículas	-2.2
ridículo	-2.2
ridículos	-2.2
salieron bolitas	-2.2
se atrasó	-2.2
se decolora	-2.2
se desarma	-2.2
se descose	-2.2
se deshace	-2.2
se deshilacha	-2.2
se despega	-2.2
se destiñe	-2.2
se equivocaron	-2.2
se equivocaron con mi pedido	-2.2
se equivocaron de color	-2.2
se equivocaron de talla	-2.2
se mancha	-2.2
se oxida	-2.2
se oxidan	-2.2
se pela	-2.2
se raja	-2.2
se rasga	-2.2
se retrasó	-2.2
se rompe	-2.2
se rompen	-2.2
se ve barata	-2.2
se ve barato	-2.2
se ve chafa	-2.2
se ve corriente	-2.2
se ve usada	-2.2
se ve usado	-2.2
sin calidad	-2.2
talla equivocada	-2.2
talla incorrecta	-2.2
tela corriente	-2.2
tela fea	-2.2
tragedia	-2.2
trucha	-2.2
truchas	-2.2
trucho	-2.2
truchos	-2.2
una estrella	-2.2
una lástima	-2.2
vinieron abolladas	-2.2
vinieron abollados	-2.2
vinieron aplastadas	-2.2
vinieron aplastados	-2.2
vinieron equivocadas	-2.2
vinieron equivocados	-2.2
vinieron golpeadas	-2.2
vinieron golpeados	-2.2
vinieron incompletas	-2.2
vinieron incompletos	-2.2
vinieron usadas	-2.2
vinieron usados	-2.2
vino abollada	-2.2
vino abollado	-2.2
vino aplastada	-2.2
vino aplastado	-2.2
vino equivocada	-2.2
vino equivocado	-2.2
vino golpeada	-2.2
vino golpeado	-2.2
vino incompleta	-2.2
vino incompleto	-2.2
vino usada	-2.2
vino usado	-2.2
vino vacía	-2.2
vino vacío	-2.2
ya llegaron abolladas	-2.2
ya llegaron abollados	-2.2
ya llegaron aplastadas	-2.2
ya llegaron aplastados	-2.2
ya llegaron equivocadas	-2.2
ya llegaron equivocados	-2.2
ya llegaron golpeadas	-2.2
ya llegaron golpeados	-2.2
ya llegaron incompletas	-2.2
ya llegaron incompletos	-2.2
ya llegaron usadas	-2.2
ya llegaron usados	-2.2
ya llegó abollada	-2.2
ya llegó abollado	-2.2
ya llegó aplastada	-2.2
ya llegó aplastado	-2.2
ya llegó equivocada	-2.2
ya llegó equivocado	-2.2
ya llegó golpeada	-2.2
ya llegó golpeado	-2.2
ya llegó incompleta	-2.2
ya llegó incompleto	-2.2
ya llegó usada	-2.2
ya llegó usado	-2.2
ya me llegó abollada	-2.2
ya me llegó abollado	-2.2
ya me llegó aplastada	-2.2
ya me llegó aplastado	-2.2
ya me llegó equivocada	-2.2
ya me llegó equivocado	-2.2
ya me llegó golpeada	-2.2
ya me llegó golpeado	-2.2
ya me llegó incompleta	-2.2
ya me llegó incompleto	-2.2
ya me llegó usada	-2.2
ya me llegó usado	-2.2
ya pasaron 4 semanas	-2.2
ya pasaron dos meses	-2.2
ya pasaron meses	-2.2
ya van 4 semanas	-2.2
ya van dos meses	-2.2
ya van meses	-2.2
a la chingada	-2.4
al carajo	-2.4
angustia	-2.4
angustiada	-2.4
angustiadas	-2.4
angustiado	-2.4
angustiados	-2.4
arrepentida	-2.4
arrepentidas	-2.4
arrepentido	-2.4
arrepentidos	-2.4
aún nada	-2.4
aún no ha llegado	-2.4
aún no la recibo	-2.4
aún no llega	-2.4
aún no lo recibo	-2.4
aún no me ha llegado	-2.4
aún no me llega	-2.4
aún no recibo	-2.4
aún no recibo nada	-2.4
bronca	-2.4
carajo	-2.4
chingada	-2.4
con mi abogado	-2.4
conchasumadre	-2.4
conchatumadre	-2.4
conchetumare	-2.4
ctm	-2.4
decepción	-2.4
decepciona	-2.4
decepcionada	-2.4
decepcionadas	-2.4
decepcionado	-2.4
decepcionados	-2.4
decepcionan	-2.4
decepcionante	-2.4
decepcionantes	-2.4
decepcionaron	-2.4
decepciones	-2.4
decepcionó	-2.4
defensa al consumidor	-2.4
defensa del consumidor	-2.4
defraudar	-2.4
demanda judicial	-2.4
demandar	-2.4
denuncia	-2.4
denunciar	-2.4
denuncias	-2.4
derechos del consumidor	-2.4
desesperación	-2.4
desesperada	-2.4
desesperadas	-2.4
desesperado	-2.4
desesperados	-2.4
desgracia	-2.4
desilusión	-2.4
desilusionada	-2.4
desilusionadas	-2.4
desilusionado	-2.4
desilusionados	-2.4
dinero perdido	-2.4
dinero tirado	-2.4
el peor	-2.4
enojo	-2.4
esperando hace 4 semanas	-2.4
esperando hace dos meses	-2.4
esperando hace meses	-2.4
esto no es lo que pedí	-2.4
falsificada	-2.4
falsificadas	-2.4
falsificado	-2.4
falsificados	-2.4
frustrada	-2.4
frustradas	-2.4
frustrado	-2.4
frustrados	-2.4
hasta ahora nada	-2.4
hasta el momento nada	-2.4
hasta hoy nada	-2.4
impuntual	-2.4
impuntuales	-2.4
indecopi	-2.4
injusta	-2.4
injustas	-2.4
injusticia	-2.4
injusto	-2.4
injustos	-2.4
insatisfecha	-2.4
insatisfechas	-2.4
insatisfecho	-2.4
insatisfechos	-2.4
jodida	-2.4
jodidas	-2.4
jodido	-2.4
jodidos	-2.4
la peor	-2.4
la puta madre	-2.4
llegaron caducadas	-2.4
llegaron caducados	-2.4
llegaron descosidas	-2.4
llegaron descosidos	-2.4
llegaron mal	-2.4
llegaron manchadas	-2.4
llegaron manchados	-2.4
llegaron rajadas	-2.4
llegaron rajados	-2.4
llegaron sucias	-2.4
llegaron sucios	-2.4
llegaron vencidas	-2.4
llegaron vencidos	-2.4
llegó caducada	-2.4
llegó caducado	-2.4
llegó descosida	-2.4
llegó descosido	-2.4
llegó mal	-2.4
llegó manchada	-2.4
llegó manchado	-2.4
llegó rajada	-2.4
llegó rajado	-2.4
llegó sucia	-2.4
llegó sucio	-2.4
llegó vencida	-2.4
llegó vencido	-2.4
llevo 2 meses	-2.4
llevo 3 meses	-2.4
llevo 4 meses	-2.4
llevo 5 meses	-2.4
llevo 5 semanas	-2.4
llevo 6 meses	-2.4
llevo 6 semanas	-2.4
maldita	-2.4
malditas	-2.4
maldito	-2.4
malditos	-2.4
malograda	-2.4
malogradas	-2.4
malogrado	-2.4
malogrados	-2.4
me cago en	-2.4
me llegaron caducadas	-2.4
me llegaron caducados	-2.4
me llegaron descosidas	-2.4
me llegaron descosidos	-2.4
me llegaron mal	-2.4
me llegaron manchadas	-2.4
me llegaron manchados	-2.4
me llegaron rajadas	-2.4
me llegaron rajados	-2.4
me llegaron sucias	-2.4
me llegaron sucios	-2.4
me llegaron vencidas	-2.4
me llegaron vencidos	-2.4
me llegó caducada	-2.4
me llegó caducado	-2.4
me llegó descosida	-2.4
me llegó descosido	-2.4
me llegó mal	-2.4
me llegó manchada	-2.4
me llegó manchado	-2.4
me llegó rajada	-2.4
me llegó rajado	-2.4
me llegó sucia	-2.4
me llegó sucio	-2.4
me llegó vencida	-2.4
me llegó vencido	-2.4
mi abogada	-2.4
mi abogado	-2.4
mi compra no llega	-2.4
mi compra no llegó	-2.4
mi envío no llega	-2.4
mi orden no llega	-2.4
mi orden no llegó	-2.4
mi paquete no llega	-2.4
mi paquete no llegó	-2.4
mi paquete no me llega	-2.4
mi pedido no llega	-2.4
mi pedido no llegó	-2.4
mi pedido no me llega	-2.4
molestísima	-2.4
molestísimas	-2.4
molestísimo	-2.4
molestísimos	-2.4
nada aún	-2.4
nada de nada	-2.4
nada que ver con la foto	-2.4
nada que ver con lo que pedí	-2.4
nada todavía	-2.4
ni noticias	-2.4
ni noticias del pedido	-2.4
ni rastro	-2.4
no coincide con la foto	-2.4
no era lo que compré	-2.4
no era lo que esperaba	-2.4
no era lo que pedí	-2.4
no es como en la foto	-2.4
no es como la foto	-2.4
no es el color	-2.4
no es el de la foto	-2.4
no es el modelo	-2.4
no es igual a la foto	-2.4
no es la de la foto	-2.4
no es la talla	-2.4
no es lo que compré	-2.4
no es lo que encargué	-2.4
no es lo que esperaba	-2.4
no es lo que ordené	-2.4
no es lo que pagué	-2.4
no es lo que pedí	-2.4
no es mi pedido	-2.4
no es mi talla	-2.4
no ha llegado nada	-2.4
no he recibido nada	-2.4
no llega nada	-2.4
no me ha llegado nada	-2.4
no me llegó nada	-2.4
no recibí nada	-2.4
no se parece a la foto	-2.4
no se parece en nada	-2.4
no son las de la foto	-2.4
no son los de la foto	-2.4
oficina de consumo	-2.4
penosa	-2.4
penosas	-2.4
penoso	-2.4
penosos	-2.4
perdí mi dinero	-2.4
perdí mi plata	-2.4
pérdida de dinero	-2.4
pérdida de tiempo	-2.4
pinche página	-2.4
pinche servicio	-2.4
pinche tienda	-2.4
plata perdida	-2.4
plata tirada	-2.4
profeco	-2.4
puta madre	-2.4
puta que los parió	-2.4
qué tristeza	-2.4
rata	-2.4
ratas	-2.4
sernac	-2.4
sigo sin nada	-2.4
sigo sin recibir	-2.4
sigo sin recibirla	-2.4
sigo sin recibirlo	-2.4
sigue sin llegar	-2.4
siguen sin llegar	-2.4
sin noticias de mi pedido	-2.4
tiempo perdido	-2.4
tirar el dinero	-2.4
tirar la plata	-2.4
tiré mi dinero	-2.4
tiré mi plata	-2.4
todavía nada	-2.4
todavía no ha llegado	-2.4
todavía no la recibo	-2.4
todavía no llega	-2.4
todavía no lo recibo	-2.4
todavía no me ha llegado	-2.4
todavía no me llega	-2.4
todavía no recibo	-2.4
todavía no recibo nada	-2.4
triste	-2.4
tristes	-2.4
tristeza	-2.4
tristísima	-2.4
tristísimas	-2.4
tristísimo	-2.4
tristísimos	-2.4
una desgracia	-2.4
una pérdida de dinero	-2.4
una pérdida de tiempo	-2.4
váyanse al carajo	-2.4
vergüenza	-2.4
vinieron caducadas	-2.4
vinieron caducados	-2.4
vinieron descosidas	-2.4
vinieron descosidos	-2.4
vinieron mal	-2.4
vinieron manchadas	-2.4
vinieron manchados	-2.4
vinieron rajadas	-2.4
vinieron rajados	-2.4
vinieron sucias	-2.4
vinieron sucios	-2.4
vinieron vencidas	-2.4
vinieron vencidos	-2.4
vino caducada	-2.4
vino caducado	-2.4
vino descosida	-2.4
vino descosido	-2.4
vino mal	-2.4
vino manchada	-2.4
vino manchado	-2.4
vino rajada	-2.4
vino rajado	-2.4
vino sucia	-2.4
vino sucio	-2.4
vino vencida	-2.4
vino vencido	-2.4
y nada	-2.4
y nada de nada	-2.4
ya llegaron caducadas	-2.4
ya llegaron caducados	-2.4
ya llegaron descosidas	-2.4
ya llegaron descosidos	-2.4
ya llegaron mal	-2.4
ya llegaron manchadas	-2.4
ya llegaron manchados	-2.4
ya llegaron rajadas	-2.4
ya llegaron rajados	-2.4
ya llegaron sucias	-2.4
ya llegaron sucios	-2.4
ya llegaron vencidas	-2.4
ya llegaron vencidos	-2.4
ya llegó caducada	-2.4
ya llegó caducado	-2.4
ya llegó descosida	-2.4
ya llegó descosido	-2.4
ya llegó mal	-2.4
ya llegó manchada	-2.4
ya llegó manchado	-2.4
ya llegó rajada	-2.4
ya llegó rajado	-2.4
ya llegó sucia	-2.4
ya llegó sucio	-2.4
ya llegó vencida	-2.4
ya llegó vencido	-2.4
ya me llegó caducada	-2.4
ya me llegó caducado	-2.4
ya me llegó descosida	-2.4
ya me llegó descosido	-2.4
ya me llegó mal	-2.4
ya me llegó manchada	-2.4
ya me llegó manchado	-2.4
ya me llegó rajada	-2.4
ya me llegó rajado	-2.4
ya me llegó sucia	-2.4
ya me llegó sucio	-2.4
ya me llegó vencida	-2.4
ya me llegó vencido	-2.4
ya pasaron 2 meses	-2.4
ya pasaron 3 meses	-2.4
ya pasaron 4 meses	-2.4
ya pasaron 5 meses	-2.4
ya pasaron 5 semanas	-2.4
ya pasaron 6 meses	-2.4
ya pasaron 6 semanas	-2.4
ya van 2 meses	-2.4
ya van 3 meses	-2.4
ya van 4 meses	-2.4
ya van 5 meses	-2.4
ya van 5 semanas	-2.4
ya van 6 meses	-2.4
ya van 6 semanas	-2.4
mala	-2.5
malas	-2.5
malo	-2.5
malos	-2.5
antipática	-2.6
antipáticas	-2.6
antipático	-2.6
antipáticos	-2.6
arrepentidísima	-2.6
arrepentidísimas	-2.6
arrepentidísimo	-2.6
arrepentidísimos	-2.6
arrogante	-2.6
arrogantes	-2.6
aún sin respuesta	-2.6
baja calidad	-2.6
basta ya	-2.6
calidad mala	-2.6
cargo indebido	-2.6
cargo no reconocido	-2.6
cargos no reconocidos	-2.6
chamuyo	-2.6
cobro indebido	-2.6
cochinada	-2.6
cuánto más hay que esperar	-2.6
cuánto más tengo que esperar	-2.6
cuánto tiempo más tengo que esperar	-2.6
cuento chino	-2.6
de baja calidad	-2.6
decepcionadísima	-2.6
decepcionadísimas	-2.6
decepcionadísimo	-2.6
decepcionadísimos	-2.6
defectuosa	-2.6
defectuosas	-2.6
defectuoso	-2.6
defectuosos	-2.6
defraudada	-2.6
defraudadas	-2.6
defraudado	-2.6
defraudados	-2.6
dejadez	-2.6
dejaron de funcionar	-2.6
dejó de andar	-2.6
dejó de funcionar	-2.6
dejó de servir	-2.6
descuidada	-2.6
descuidadas	-2.6
descuidado	-2.6
descuidados	-2.6
descuido	-2.6
desesperante	-2.6
desesperantes	-2.6
desorganización	-2.6
desorganizada	-2.6
desorganizadas	-2.6
desorganizado	-2.6
desorganizados	-2.6
déspota	-2.6
déspotas	-2.6
devuelvan el dinero	-2.6
devuélvanme	-2.6
devuélveme mi dinero	-2.6
enfadada	-2.6
enfadadas	-2.6
enfadado	-2.6
enfadados	-2.6
engaña	-2.6
engañada	-2.6
engañadas	-2.6
engañado	-2.6
engañados	-2.6
engañar	-2.6
enojada	-2.6
enojadas	-2.6
enojado	-2.6
enojados	-2.6
es un chiste	-2.6
esperando hace 2 meses	-2.6
esperando hace 3 meses	-2.6
esperando hace 4 meses	-2.6
esperando hace 5 meses	-2.6
esperando hace 5 semanas	-2.6
esperando hace 6 meses	-2.6
esperando hace 6 semanas	-2.6
esto no puede ser	-2.6
falsedad	-2.6
falsedades	-2.6
frustración	-2.6
frustrante	-2.6
frustrantes	-2.6
gran decepción	-2.6
hasta cuándo	-2.6
hasta cuándo hay que esperar	-2.6
hasta cuándo tengo que esperar	-2.6
impotencia	-2.6
impuntualidad	-2.6
incompetencia	-2.6
ineficiencia	-2.6
ineficiente	-2.6
ineptitud	-2.6
infierno	-2.6
informalidad	-2.6
inutilidad	-2.6
inutilizable	-2.6
inutilizables	-2.6
irresponsabilidad	-2.6
jamás volveré	-2.6
la peor compra	-2.6
la peor experiencia	-2.6
la peor tienda	-2.6
las peores	-2.6
llegaron dañadas	-2.6
llegaron dañados	-2.6
llegaron defectuosas	-2.6
llegaron defectuosos	-2.6
llegaron estropeadas	-2.6
llegaron estropeados	-2.6
llegaron quebradas	-2.6
llegaron quebrados	-2.6
llegaron rotas	-2.6
llegaron rotos	-2.6
llegaron vacías	-2.6
llegaron vacíos	-2.6
llegó dañada	-2.6
llegó dañado	-2.6
llegó defectuosa	-2.6
llegó defectuoso	-2.6
llegó estropeada	-2.6
llegó estropeado	-2.6
llegó quebrada	-2.6
llegó quebrado	-2.6
llegó rota	-2.6
llegó roto	-2.6
llevamos esperando	-2.6
llevo esperando	-2.6
lo peor de lo peor	-2.6
lo que faltaba	-2.6
lo que me faltaba	-2.6
los peores	-2.6
mal acabado	-2.6
mal cosida	-2.6
mal cosidas	-2.6
mal cosido	-2.6
mal cosidos	-2.6
mal educada	-2.6
mal educado	-2.6
mal hecha	-2.6
mal hechas	-2.6
mal hecho	-2.6
mal hechos	-2.6
mal servicio	-2.6
mal trato	-2.6
mal trato al cliente	-2.6
mala atención	-2.6
mala calidad	-2.6
mala experiencia	-2.6
mala tela	-2.6
mala terminación	-2.6
malas terminaciones	-2.6
malos acabados	-2.6
malos materiales	-2.6
maltrato	-2.6
material malo	-2.6
me arrepentí	-2.6
me arrepiento	-2.6
me cargaron dos veces	-2.6
me clavan el visto	-2.6
me clavaron el visto	-2.6
me cobraron de más	-2.6
me cobraron doble	-2.6
me cobraron dos veces	-2.6
me cobraron dos veces el envío	-2.6
me cobraron sin	-2.6
me cobraron y no	-2.6
me debitaron dos veces	-2.6
me decepcionan	-2.6
me decepcionaron	-2.6
me decepcionó	-2.6
me defraudaron	-2.6
me dejan en visto	-2.6
me dejaron en visto	-2.6
me dejó en visto	-2.6
me descontaron dos veces	-2.6
me están ignorando	-2.6
me hicieron tonta	-2.6
me hicieron tonto	-2.6
me ignoran	-2.6
me ignoraron	-2.6
me llegaron dañadas	-2.6
me llegaron dañados	-2.6
me llegaron defectuosas	-2.6
me llegaron defectuosos	-2.6
me llegaron estropeadas	-2.6
me llegaron estropeados	-2.6
me llegaron quebradas	-2.6
me llegaron quebrados	-2.6
me llegaron rotas	-2.6
me llegaron rotos	-2.6
me llegaron vacías	-2.6
me llegaron vacíos	-2.6
me llegó dañada	-2.6
me llegó dañado	-2.6
me llegó defectuosa	-2.6
me llegó defectuoso	-2.6
me llegó estropeada	-2.6
me llegó estropeado	-2.6
me llegó quebrada	-2.6
me llegó quebrado	-2.6
me llegó rota	-2.6
me llegó roto	-2.6
me llegó vacía	-2.6
me llegó vacío	-2.6
me maltrataron	-2.6
me tienen esperando	-2.6
me tienen esperando hace	-2.6
me trataron mal	-2.6
mentir	-2.6
menuda decepción	-2.6
mi dinero de vuelta	-2.6
mi plata de vuelta	-2.6
miente	-2.6
mintió	-2.6
mugre	-2.6
mugrosa	-2.6
mugrosas	-2.6
mugroso	-2.6
mugrosos	-2.6
muy informales	-2.6
nadie da la cara	-2.6
nadie me atiende	-2.6
nadie me ayuda	-2.6
nadie me contesta	-2.6
nadie me da respuesta	-2.6
nadie me da solución	-2.6
nadie me responde	-2.6
nadie se hace cargo	-2.6
nadie se hace responsable	-2.6
negligente	-2.6
ni respuesta	-2.6
ni siquiera contestan	-2.6
ni siquiera me contestan	-2.6
ni siquiera me responden	-2.6
ni siquiera responden	-2.6
ni un mensaje	-2.6
ni una respuesta	-2.6
no abre	-2.6
no anda	-2.6
no andan	-2.6
no carga	-2.6
no cierra	-2.6
no compren	-2.6
no dan la cara	-2.6
no enciende	-2.6
no funciona	-2.6
no funcionan	-2.6
no funcionó	-2.6
no hay derecho	-2.6
no les vuelvo a comprar	-2.6
no lo recomiendo para nada	-2.6
no prende	-2.6
no se hacen cargo	-2.6
no se hacen responsables	-2.6
no se los recomiendo para nada	-2.6
no sirve	-2.6
no sirve para nada	-2.6
no sirven	-2.6
no sirven para nada	-2.6
no sirvió	-2.6
no volveré a comprar	-2.6
no volvería a comprar	-2.6
no vuelvo a comprar	-2.6
no vuelvo a comprarles	-2.6
no vuelvo más	-2.6
nos decepcionaron	-2.6
nos decepcionó	-2.6
nos ignoran	-2.6
nos tienen esperando	-2.6
nunca contestan	-2.6
nunca más	-2.6
nunca me contestan	-2.6
nunca me responden	-2.6
nunca responden	-2.6
nunca volveré	-2.6
patética	-2.6
patéticas	-2.6
patético	-2.6
patéticos	-2.6
payasa	-2.6
payaso	-2.6
peor atención	-2.6
peor compra	-2.6
peor experiencia	-2.6
peor servicio	-2.6
peor tienda	-2.6
por tonta	-2.6
por tonto	-2.6
porquerita	-2.6
prepotencia	-2.6
prepotente	-2.6
producto defectuoso	-2.6
puro chamuyo	-2.6
puro cuento	-2.6
qué barbaridad	-2.6
qué chiste	-2.6
qué decepción	-2.6
qué desilusión	-2.6
que me devuelvan el dinero	-2.6
que me devuelvan la plata	-2.6
que me devuelvan mi dinero	-2.6
quiero el reembolso	-2.6
quiero la devolución de mi dinero	-2.6
quiero mi dinero	-2.6
quiero mi plata	-2.6
quiero mi reembolso	-2.6
quiero que me devuelvan el dinero	-2.6
quiero que me devuelvan la plata	-2.6
quiero que me devuelvan mi dinero	-2.6
quiero un reembolso	-2.6
reembolsen	-2.6
reembólsenme	-2.6
roba	-2.6
robar	-2.6
se averió	-2.6
se dañaron	-2.6
se dañó	-2.6
se descompusieron	-2.6
se descompuso	-2.6
se estropearon	-2.6
se estropeó	-2.6
se malogró	-2.6
se partió	-2.6
se quebraron	-2.6
se quebró	-2.6
se rompieron	-2.6
se rompió	-2.6
se rompió a la primera	-2.6
se rompió al primer uso	-2.6
seguimos esperando	-2.6
sigo esperando	-2.6
sigo esperando mi dinero	-2.6
sigo esperando mi paquete	-2.6
sigo esperando mi pedido	-2.6
sigo esperando mi reembolso	-2.6
sigo esperando respuesta	-2.6
sigo sin respuesta	-2.6
son un chiste	-2.6
son unos informales	-2.6
tela mala	-2.6
todavía sin respuesta	-2.6
truchada	-2.6
un chiste	-2.6
una cochinada	-2.6
una decepción	-2.6
una gran decepción	-2.6
una mugre	-2.6
unos informales	-2.6
vinieron dañadas	-2.6
vinieron dañados	-2.6
vinieron defectuosas	-2.6
vinieron defectuosos	-2.6
vinieron estropeadas	-2.6
vinieron estropeados	-2.6
vinieron quebradas	-2.6
vinieron quebrados	-2.6
vinieron rotas	-2.6
vinieron rotos	-2.6
vinieron vacías	-2.6
vinieron vacíos	-2.6
vino dañada	-2.6
vino dañado	-2.6
vino defectuosa	-2.6
vino defectuoso	-2.6
vino estropeada	-2.6
vino estropeado	-2.6
vino quebrada	-2.6
vino quebrado	-2.6
vino rota	-2.6
vino roto	-2.6
ya basta	-2.6
ya llegaron dañadas	-2.6
ya llegaron dañados	-2.6
ya llegaron defectuosas	-2.6
ya llegaron defectuosos	-2.6
ya llegaron estropeadas	-2.6
ya llegaron estropeados	-2.6
ya llegaron quebradas	-2.6
ya llegaron quebrados	-2.6
ya llegaron rotas	-2.6
ya llegaron rotos	-2.6
ya llegaron vacías	-2.6
ya llegaron vacíos	-2.6
ya llegó dañada	-2.6
ya llegó dañado	-2.6
ya llegó defectuosa	-2.6
ya llegó defectuoso	-2.6
ya llegó estropeada	-2.6
ya llegó estropeado	-2.6
ya llegó quebrada	-2.6
ya llegó quebrado	-2.6
ya llegó rota	-2.6
ya llegó roto	-2.6
ya llegó vacía	-2.6
ya llegó vacío	-2.6
ya me llegó dañada	-2.6
ya me llegó dañado	-2.6
ya me llegó defectuosa	-2.6
ya me llegó defectuoso	-2.6
ya me llegó estropeada	-2.6
ya me llegó estropeado	-2.6
ya me llegó quebrada	-2.6
ya me llegó quebrado	-2.6
ya me llegó rota	-2.6
ya me llegó roto	-2.6
ya me llegó vacía	-2.6
ya me llegó vacío	-2.6
ya no funciona	-2.6
ya no prende	-2.6
ya no sirve	-2.6
malas noticias	-2.7
qué malas noticias	-2.7
abusan	-2.8
abusiva	-2.8
abusivas	-2.8
abusivo	-2.8
abusivos	-2.8
abuso	-2.8
acción legal	-2.8
acciones legales	-2.8
acudir a profeco	-2.8
aprovechada	-2.8
aprovechado	-2.8
asco	-2.8
basura	-2.8
basuras	-2.8
bodrio	-2.8
burla	-2.8
cabreada	-2.8
cabreadas	-2.8
cabreado	-2.8
cabreados	-2.8
cabreo	-2.8
caca	-2.8
cagada	-2.8
calificación negativa	-2.8
cara de raja	-2.8
chatarra	-2.8
cólera	-2.8
da rabia	-2.8
demandarlos	-2.8
denuncia en profeco	-2.8
denunciaré	-2.8
denunciarlas	-2.8
denunciarlos	-2.8
desastre	-2.8
desvergonzados	-2.8
dónde está mi dinero	-2.8
dónde está mi plata	-2.8
dónde está mi reembolso	-2.8
el colmo	-2.8
engañan	-2.8
engañando	-2.8
engañaron	-2.8
engaño	-2.8
engaños	-2.8
engañosa	-2.8
engañosas	-2.8
engañoso	-2.8
engañosos	-2.8
es el colmo	-2.8
es un abuso	-2.8
es una falta de respeto	-2.8
escracharlos	-2.8
escrache	-2.8
esto es el colmo	-2.8
exponerlos	-2.8
falta de respeto	-2.8
fatal	-2.8
fatales	-2.8
furia	-2.8
grosera	-2.8
groseras	-2.8
grosería	-2.8
groserías	-2.8
grosero	-2.8
groseros	-2.8
hacer una denuncia	-2.8
harta	-2.8
harta de	-2.8
hartas	-2.8
hartas de	-2.8
harto	-2.8
harto de	-2.8
hartos	-2.8
hartos de	-2.8
hasta el copete	-2.8
hasta el gorro	-2.8
hasta el moño	-2.8
hasta la coronilla	-2.8
hasta las narices	-2.8
hipócritas	-2.8
hoja de reclamación	-2.8
hoja de reclamaciones	-2.8
horror	-2.8
incapaces	-2.8
incompetente	-2.8
ineficientes	-2.8
inepta	-2.8
ineptas	-2.8
inepto	-2.8
ineptos	-2.8
inservible	-2.8
inservibles	-2.8
inútil	-2.8
ir a profeco	-2.8
irrespetuosa	-2.8
irrespetuosas	-2.8
irrespetuoso	-2.8
irrespetuosos	-2.8
irresponsable	-2.8
lamentable	-2.8
lamentables	-2.8
libro de reclamaciones	-2.8
libro de reclamos	-2.8
los voy a reportar	-2.8
mal educadas	-2.8
mal educados	-2.8
mala calificación	-2.8
mala reseña	-2.8
maleducada	-2.8
maleducadas	-2.8
maleducado	-2.8
maleducados	-2.8
me da bronca	-2.8
me da coraje	-2.8
me da rabia	-2.8
me dio bronca	-2.8
me dio coraje	-2.8
me dio rabia	-2.8
me engañan	-2.8
me mienten	-2.8
me tienen cansada	-2.8
me tienen cansado	-2.8
me tienen cansados	-2.8
me toman el pelo	-2.8
medidas legales	-2.8
mentira	-2.8
mentiras	-2.8
mi compra no ha llegado	-2.8
mi compra nunca llegó	-2.8
mi orden no ha llegado	-2.8
mi orden nunca llegó	-2.8
mi paquete aún no llega	-2.8
mi paquete no ha llegado	-2.8
mi paquete nunca llegó	-2.8
mi paquete todavía no llega	-2.8
mi pedido aún no llega	-2.8
mi pedido no ha llegado	-2.8
mi pedido nunca llegó	-2.8
mi pedido todavía no llega	-2.8
mienten	-2.8
mintiendo	-2.8
mintieron	-2.8
negligencia	-2.8
negligentes	-2.8
nos toman el pelo	-2.8
payasas	-2.8
payasos	-2.8
pesadilla	-2.8
podrida	-2.8
podrida de	-2.8
podridas	-2.8
podrido	-2.8
podrido de	-2.8
podridos	-2.8
poner una denuncia	-2.8
porquería	-2.8
porquerías	-2.8
prepotentes	-2.8
qué bronca	-2.8
qué coraje	-2.8
qué decepcionante	-2.8
qué fea	-2.8
qué feas	-2.8
qué feo	-2.8
qué feos	-2.8
qué frustrante	-2.8
qué groseros	-2.8
qué impotencia	-2.8
qué injusticia	-2.8
qué injusto	-2.8
qué mal educados	-2.8
qué mala	-2.8
qué malas	-2.8
qué maleducados	-2.8
qué malo	-2.8
qué malos	-2.8
qué pasó con mi dinero	-2.8
qué pasó con mi plata	-2.8
qué pasó con mi reembolso	-2.8
qué poca educación	-2.8
qué rabia	-2.8
qué triste	-2.8
qué vergonzoso	-2.8
queja en profeco	-2.8
rabia	-2.8
reportarlos	-2.8
reseña negativa	-2.8
robada	-2.8
robadas	-2.8
robado	-2.8
robados	-2.8
se burlan	-2.8
se burlan de uno	-2.8
tomando el pelo	-2.8
tomar acciones legales	-2.8
un abuso	-2.8
un bodrio	-2.8
una caca	-2.8
una chatarra	-2.8
una falta de respeto	-2.8
una pesadilla	-2.8
vergonzosa	-2.8
vergonzosas	-2.8
vergonzoso	-2.8
vergonzosos	-2.8
vía legal	-2.8
vieron la cara	-2.8
voy a dejar una mala reseña	-2.8
voy a demandar	-2.8
voy a denunciar	-2.8
voy a poner una denuncia	-2.8
voy a reportar	-2.8
voy a reportarlos	-2.8
abusadores	-3.0
aprovechadores	-3.0
aprovechados	-3.0
asquerosa	-3.0
asquerosas	-3.0
asquerosidad	-3.0
asqueroso	-3.0
asquerosos	-3.0
basura de servicio	-3.0
basura de tienda	-3.0
cabrón	-3.0
cansada de esperar	-3.0
cansado de esperar	-3.0
cara dura	-3.0
caradura	-3.0
chanta	-3.0
culera	-3.0
culero	-3.0
da asco	-3.0
dan asco	-3.0
deberían darse vergüenza	-3.0
deplorable	-3.0
deplorables	-3.0
desastre total	-3.0
desastrosa	-3.0
desastrosas	-3.0
desastroso	-3.0
desastrosos	-3.0
descarada	-3.0
descarado	-3.0
desgraciada	-3.0
desgraciado	-3.0
deshonesta	-3.0
deshonestas	-3.0
deshonesto	-3.0
deshonestos	-3.0
detestable	-3.0
detestables	-3.0
detesto	-3.0
devuelvan mi dinero	-3.0
devuelvan mi plata	-3.0
devuélvanme el dinero	-3.0
devuélvanme la plata	-3.0
devuélvanme mi dinero	-3.0
devuélvanme mi plata	-3.0
embustera	-3.0
embustero	-3.0
enfurecida	-3.0
enfurecidas	-3.0
enfurecido	-3.0
enfurecidos	-3.0
es un asco	-3.0
es un desastre	-3.0
es un robo	-3.0
es una basura	-3.0
es una burla	-3.0
es una porquería	-3.0
escoria	-3.0
espantosa	-3.0
espantosas	-3.0
espantoso	-3.0
espantosos	-3.0
estafar	-3.0
estamos hartas	-3.0
estamos hartos	-3.0
estoy harta	-3.0
estoy harto	-3.0
estoy podrida	-3.0
estoy podrido	-3.0
estúpida	-3.0
estúpido	-3.0
exijo la devolución de mi dinero	-3.0
exijo mi dinero	-3.0
exijo mi plata	-3.0
exijo mi reembolso	-3.0
exijo un reembolso	-3.0
feísima	-3.0
feísimas	-3.0
feísimo	-3.0
feísimos	-3.0
furiosa	-3.0
furiosas	-3.0
furioso	-3.0
furiosos	-3.0
gonorrea	-3.0
harta de esperar	-3.0
hartísima	-3.0
hartísimas	-3.0
hartísimo	-3.0
hartísimos	-3.0
harto de esperar	-3.0
horrenda	-3.0
horrendas	-3.0
horrendo	-3.0
horrendos	-3.0
horrible	-3.0
horribles	-3.0
horrorosa	-3.0
horrorosas	-3.0
horroroso	-3.0
horrorosos	-3.0
idiota	-3.0
imbécil	-3.0
inaceptable	-3.0
inaceptables	-3.0
inadmisible	-3.0
inadmisibles	-3.0
incompetentes	-3.0
indignación	-3.0
indignada	-3.0
indignadas	-3.0
indignado	-3.0
indignados	-3.0
indignante	-3.0
indignantes	-3.0
intolerable	-3.0
intolerables	-3.0
inútiles	-3.0
irresponsables	-3.0
jamás llegó	-3.0
jamás me llegó	-3.0
jamás recibí	-3.0
la odio	-3.0
lacra	-3.0
las odio	-3.0
lo odio	-3.0
lo peor	-3.0
los odio	-3.0
malísima	-3.0
malísimas	-3.0
malísimo	-3.0
malísimos	-3.0
malnacido	-3.0
mamón	-3.0
mamona	-3.0
me engañaron	-3.0
me harté	-3.0
me mintieron	-3.0
me tomaron el pelo	-3.0
me vieron la cara	-3.0
me vieron la cara de tonta	-3.0
me vieron la cara de tonto	-3.0
mentirosa	-3.0
mentiroso	-3.0
mierda	-3.0
mierdas	-3.0
nefasta	-3.0
nefastas	-3.0
nefasto	-3.0
nefastos	-3.0
nos engañaron	-3.0
nos mintieron	-3.0
nos vieron la cara	-3.0
nunca la recibí	-3.0
nunca las recibí	-3.0
nunca llegaron	-3.0
nunca llegó	-3.0
nunca lo recibí	-3.0
nunca los recibí	-3.0
nunca me llegaron	-3.0
nunca me llegó	-3.0
nunca me llegó nada	-3.0
nunca recibí	-3.0
nunca recibí mi pedido	-3.0
nunca recibí nada	-3.0
odiamos	-3.0
odian	-3.0
odié	-3.0
odio	-3.0
odiosa	-3.0
odiosas	-3.0
odioso	-3.0
odiosos	-3.0
ojete	-3.0
pagué y nada	-3.0
pagué y no me llegó	-3.0
pagué y no recibí nada	-3.0
pagué y nunca llegó	-3.0
pelotuda	-3.0
pelotudo	-3.0
pendeja	-3.0
pendejo	-3.0
peor imposible	-3.0
poca madre tienen	-3.0
precio abusivo	-3.0
precios abusivos	-3.0
publicidad engañosa	-3.0
qué desastre	-3.0
qué poca madre	-3.0
qué poca vergüenza	-3.0
qué vergüenza	-3.0
quiero mi dinero de vuelta	-3.0
quiero mi plata de vuelta	-3.0
rabiosa	-3.0
rabioso	-3.0
repugnante	-3.0
repugnantes	-3.0
roban	-3.0
robando	-3.0
robaron	-3.0
robo	-3.0
robos	-3.0
sinvergüencería	-3.0
son una vergüenza	-3.0
tarada	-3.0
tarado	-3.0
terrible	-3.0
terribles	-3.0
tomadura de pelo	-3.0
tramposa	-3.0
tramposo	-3.0
un asco	-3.0
un desastre	-3.0
un desastre total	-3.0
un horror	-3.0
un robo	-3.0
una basura	-3.0
una burla	-3.0
una cagada	-3.0
una porquería	-3.0
una tomadura de pelo	-3.0
una vergüenza	-3.0
vergüenza les debería dar	-3.0
vividores	-3.0
vivos de mierda	-3.0
ya me cansé	-3.0
ya me harté	-3.0
ya pagué y nada	-3.0
acaban de perder un cliente	-3.2
acaban de perder una clienta	-3.2
aléjense	-3.2
atención de mierda	-3.2
atención horrible	-3.2
basuras humanas	-3.2
cabrones	-3.2
calidad de mierda	-3.2
calidad horrible	-3.2
calidad malísima	-3.2
caraduras	-3.2
chantas	-3.2
chorras	-3.2
chorros	-3.2
cuidado con ellos	-3.2
cuidado con esta página	-3.2
cuidado con esta tienda	-3.2
culeras	-3.2
culeros	-3.2
de mierda	-3.2
descaradas	-3.2
descarados	-3.2
desgraciadas	-3.2
desgraciados	-3.2
embusteros	-3.2
emputada	-3.2
emputadas	-3.2
emputado	-3.2
emputados	-3.2
encabronada	-3.2
encabronadas	-3.2
encabronado	-3.2
encabronados	-3.2
enojadísima	-3.2
enojadísimas	-3.2
enojadísimo	-3.2
enojadísimos	-3.2
es una mierda	-3.2
escorias	-3.2
estafan	-3.2
estafando	-3.2
estúpidas	-3.2
estúpidos	-3.2
eviten esta tienda	-3.2
experiencia horrible	-3.2
experiencia terrible	-3.2
furiosísima	-3.2
furiosísimas	-3.2
furiosísimo	-3.2
furiosísimos	-3.2
gilipollas	-3.2
gonorreas	-3.2
han perdido un cliente	-3.2
han perdido una clienta	-3.2
hasta el culo	-3.2
hasta la madre	-3.2
hasta la verga	-3.2
hasta los cojones	-3.2
hasta los huevos	-3.2
huyan	-3.2
idiotas	-3.2
imbéciles	-3.2
indignadísima	-3.2
indignadísimas	-3.2
indignadísimo	-3.2
indignadísimos	-3.2
jamás les vuelvo a comprar	-3.2
jamás vuelvo a comprar	-3.2
lacras	-3.2
ladrón	-3.2
ladrona	-3.2
las voy a denunciar	-3.2
los denunciaré	-3.2
los vamos a denunciar	-3.2
los voy a demandar	-3.2
los voy a denunciar	-3.2
los voy a escrachar	-3.2
los voy a exponer	-3.2
malísima atención	-3.2
malísima calidad	-3.2
malísimo servicio	-3.2
malnacidos	-3.2
mamonas	-3.2
mamones	-3.2
me tienen harta	-3.2
me tienen harto	-3.2
me tienen hasta la madre	-3.2
me tienen podrida	-3.2
me tienen podrido	-3.2
mentirosas	-3.2
mentirosos	-3.2
mierda de servicio	-3.2
mierda de tienda	-3.2
no caigan	-3.2
no caigan en esta estafa	-3.2
no compren acá	-3.2
no compren aquí	-3.2
no le compren	-3.2
no les compren	-3.2
no les recomiendo comprar	-3.2
nos vemos en consumo	-3.2
nos vemos en defensa del consumidor	-3.2
nos vemos en el sernac	-3.2
nos vemos en indecopi	-3.2
nos vemos en la profeco	-3.2
nos vemos en profeco	-3.2
nunca más compro	-3.2
nunca más les compro	-3.2
nunca más les vuelvo a comprar	-3.2
nunca más vuelvo	-3.2
nunca más vuelvo a comprar	-3.2
ojetes	-3.2
pelotudas	-3.2
pelotudos	-3.2
pendejas	-3.2
pendejos	-3.2
perdieron un cliente	-3.2
perdieron una clienta	-3.2
perdieron una cliente	-3.2
pésima	-3.2
pésimas	-3.2
pésimo	-3.2
pésimos	-3.2
por idiota	-3.2
pura mierda	-3.2
putas	-3.2
putos	-3.2
qué abuso	-3.2
qué asco	-3.2
qué basura	-3.2
qué desastre de	-3.2
qué espanto	-3.2
qué falta de profesionalismo	-3.2
qué falta de respeto	-3.2
qué falta de seriedad	-3.2
qué horrible	-3.2
qué horror	-3.2
qué incompetentes	-3.2
qué irresponsabilidad	-3.2
qué irresponsables	-3.2
qué mal servicio	-3.2
qué mala atención	-3.2
qué mierda	-3.2
qué pésima	-3.2
qué pésima atención	-3.2
qué pésimo	-3.2
qué pésimo servicio	-3.2
qué poca seriedad	-3.2
qué porquería	-3.2
ratera	-3.2
ratero	-3.2
servicio de mierda	-3.2
servicio horrible	-3.2
sinvergüenza	-3.2
sinvergüenzas	-3.2
son una mierda	-3.2
taradas	-3.2
tarados	-3.2
tramposas	-3.2
tramposos	-3.2
una mierda	-3.2
una reverenda mierda	-3.2
váyanse a la mierda	-3.2
vete a la mierda	-3.2
voy a demandarlos	-3.2
voy a denunciarlos	-3.2
voy a exponerlos	-3.2
estafa	-3.3
estafada	-3.3
estafadas	-3.3
estafado	-3.3
estafados	-3.3
estafaron	-3.3
estafas	-3.3
fraude	-3.3
fraudes	-3.3
me timaron	-3.3
timaron	-3.3
timo	-3.3
un timo	-3.3
atención pésima	-3.4
calidad pésima	-3.4
cuenta estafa	-3.4
es un fraude	-3.4
es una estafa	-3.4
estafa total	-3.4
estafador	-3.4
estafadora	-3.4
estafadoras	-3.4
estafadores	-3.4
fraudulenta	-3.4
fraudulentas	-3.4
fraudulento	-3.4
fraudulentos	-3.4
ladronas	-3.4
ladrones	-3.4
página estafa	-3.4
pésima atención	-3.4
pésima calidad	-3.4
pésima experiencia	-3.4
pésimo servicio	-3.4
pésimo trato	-3.4
qué estafa	-3.4
qué estafadores	-3.4
qué fraude	-3.4
qué ladrones	-3.4
qué robo	-3.4
qué sinvergüenzas	-3.4
rateras	-3.4
rateros	-3.4
servicio al cliente pésimo	-3.4
servicio pésimo	-3.4
son una estafa	-3.4
tienda estafa	-3.4
timadoras	-3.4
timadores	-3.4
un fraude	-3.4
una estafa	-3.4
me estafaron	-3.5
me robaron	-3.5
me robaron la plata	-3.5
me robaron mi dinero	-3.5
me robaron mi plata	-3.5
nos estafaron	-3.5
nos robaron	-3.5
pinches estafadores	-3.5
pinches ladrones	-3.5
son unos estafadores	-3.5
son unos ladrones	-3.5
hdp	-3.6
hijos de perra	-3.6
hijos de puta	-3.6
hijueputa	-3.6
hijueputas	-3.6
malparido	-3.6
malparidos	-3.6
horible	-3.0
horibles	-3.0
cuanto demora	0.0
cuánto tarda	0.0
cuanto tarda en llegar	0.0
se puso negra	-2.0
se puso negro	-2.0
se puso verde	-2.0
producto usado	-2.0
no me devuelven	-2.2
no me devuelven el dinero	-2.8
no me mandan	-1.5
talla distinta	-1.5
talle distinto	-1.5
re chico	-1.2
muy chico	-1.2
no le queda	-1.5
recien hoy	-1.2
esperaba mas	-1.2
podrian contestar	-1.0
contestar mas rapido	-1.2
menos mal	1.0
una chimba	3.0
chimba	2.5
no me gustó	-2.0
no me gustaron	-2.0
semanas esperando	-2.0
días esperando	-1.8
ya les escribí	-1.5
"""#

    /// The text of `data/sentiment/lexicon-pt.tsv`.
    static let portuguese = #"""
# rulesd's Portuguese sentiment lexicon for customer direct messages, written for this project (no other lexicon was copied or translated).
# Brazilian Portuguese first, European Portuguese too ("giro", "fixe", "burla", "está a demorar", "livro de reclamações").
# term<TAB>valence, valence from -4 (very negative) to 4 (very positive), on the English lexicon's scale ("ótimo" 2.8,
# "bom" 1.9, "ruim" -2.5, "golpe" -3.3). Terms are folded like messages are (lower case, accents and cedilla removed),
# so "não"/"nao" and "péssimo"/"pessimo" are one term; several words make a phrase, matched on consecutive words,
# longest first. Grammar words are not here: negators ("não", "nunca", "nem", "ninguém", "sem"...), boosters and
# dampeners ("muito", "super", "bem", "demais", "meio", "pouco"...), "mas" and "se" are the scorer's rules, so
# "não gostei" is negative from "gostei" alone. Negated phrases are here only when they mean more than the flip
# ("não chegou", "ninguém responde", "sem problema", "não tem erro"). Greetings that hold a sentiment word are
# neutral phrases ("bom dia" 0.0). Emoji and emoticons are shared with the English file. See docs/sentiment.md.
amei demais da conta	3.4
amei tudo	3.4
amei tudo tudo	3.4
amo a loja	3.4
amo essa loja	3.4
amo esta loja	3.4
amo muito vocês	3.4
amo vcs	3.4
amo vocês	3.4
estou apaixonada	3.4
estou apaixonado	3.4
me apaixonei	3.4
simplesmente amei	3.4
tô apaixonada	3.4
tô apaixonado	3.4
amei amei	3.3
amei cada detalhe	3.3
amei de paixão	3.3
amei de verdade	3.3
amei muito muito	3.3
amei o presente	3.3
amei o resultado	3.3
10 de 10	3.2
a aniversariante amou	3.2
a melhor loja	3.2
a presenteada amou	3.2
absurdo de boa	3.2
absurdo de bom	3.2
absurdo de linda	3.2
absurdo de lindo	3.2
adoramos	3.2
adoraram	3.2
adoreei	3.2
adorei	3.2
adorei a embalagem	3.2
adorei a peça	3.2
adorei a qualidade	3.2
adorei a surpresa	3.2
adorei demais	3.2
adorei imenso	3.2
adorei muito	3.2
adorei o atendimento	3.2
adorei o mimo	3.2
adorei o produto	3.2
adorei tudinho	3.2
adorei tudo	3.2
adorei tudo tudo	3.2
adoreii	3.2
amamos	3.2
amaram	3.2
ameeei	3.2
amei	3.2
amei a blusa	3.2
amei a bolsa	3.2
amei a camiseta	3.2
amei a cartinha	3.2
amei a cor	3.2
amei a embalagem	3.2
amei a entrega	3.2
amei a minha encomenda	3.2
amei a peça	3.2
amei a qualidade	3.2
amei a surpresa	3.2
amei as peças	3.2
amei cada peça	3.2
amei de mais	3.2
amei demaaais	3.2
amei demais	3.2
amei dms	3.2
amei meu pedido	3.2
amei minha compra	3.2
amei minha encomenda	3.2
amei minhas compras	3.2
amei muito	3.2
amei o acabamento	3.2
amei o atendimento	3.2
amei o bilhete	3.2
amei o bilhetinho	3.2
amei o brinde	3.2
amei o caimento	3.2
amei o carinho	3.2
amei o cheirinho	3.2
amei o cheiro	3.2
amei o colar	3.2
amei o cuidado	3.2
amei o kit	3.2
amei o mimo	3.2
amei o pedido	3.2
amei o presentinho	3.2
amei o produto	3.2
amei o tecido	3.2
amei o tênis	3.2
amei o vestido	3.2
amei os brincos	3.2
amei os produtos	3.2
amei pacas	3.2
amei tudinho	3.2
ameii	3.2
ameiii	3.2
amo	3.2
amo vc	3.2
amo você	3.2
amoo	3.2
amooo	3.2
amou	3.2
apaixonada	3.2
apaixonada demais	3.2
apaixonada pela loja	3.2
apaixonada pela peça	3.2
apaixonada pelas peças	3.2
apaixonada pelo produto	3.2
apaixonada por tudo	3.2
apaixonadas	3.2
apaixonadinha	3.2
apaixonadíssima	3.2
apaixonadíssimo	3.2
apaixonado	3.2
apaixonados	3.2
apaixonei	3.2
as crianças amaram	3.2
atendimento espetacular	3.2
atendimento fantástico	3.2
atendimento maravilhoso	3.2
atendimento nota mil	3.2
atendimento sensacional	3.2
caimento maravilhoso	3.2
chegou maravilhoso	3.2
cheirinho maravilhoso	3.2
cheiro maravilhoso	3.2
cor maravilhosa	3.2
cores maravilhosas	3.2
deslumbrante	3.2
deslumbrantes	3.2
dez de dez	3.2
ela amou	3.2
ele amou	3.2
embalagem maravilhosa	3.2
espectacular	3.2
espectaculares	3.2
espetacular	3.2
espetaculares	3.2
estou a adorar	3.2
estou a amar	3.2
estou adorando	3.2
estou amando	3.2
estou in love	3.2
eu adorei	3.2
eu amei	3.2
fabulosa	3.2
fabulosas	3.2
fabuloso	3.2
fabulosos	3.2
fantástica	3.2
fantásticas	3.2
fantástico	3.2
fantásticos	3.2
feedback maravilhoso	3.2
fenomenais	3.2
fenomenal	3.2
ficou maravilhosa	3.2
ficou maravilhoso	3.2
hiper recomendo	3.2
in love	3.2
indico de olhos fechados	3.2
indico demais	3.2
indico muito	3.2
linda de morrer	3.2
lindas de morrer	3.2
lindíssima	3.2
lindíssimas	3.2
lindíssimo	3.2
lindíssimos	3.2
lindo de morrer	3.2
lindos de morrer	3.2
loja maravilhosa	3.2
loja recomendadíssima	3.2
loja super recomendada	3.2
magnífica	3.2
magníficas	3.2
magnífico	3.2
magníficos	3.2
maravilhosa	3.2
maravilhosas	3.2
maravilhosíssima	3.2
maravilhosíssimo	3.2
maravilhoso	3.2
maravilhoso atendimento	3.2
maravilhosos	3.2
maravilhoza	3.2
maravilhozo	3.2
maravilinda	3.2
maravilindas	3.2
maravilindo	3.2
maravilindos	3.2
mega recomendo	3.2
melhor atendimento	3.2
melhor atendimento do mundo	3.2
melhor compra	3.2
melhor compra que fiz	3.2
melhor loja	3.2
melhor loja de todas	3.2
melhor loja do instagram	3.2
melhor loja do mundo	3.2
meu filho amou	3.2
meu marido amou	3.2
meu namorado amou	3.2
mil estrelas	3.2
minha amiga amou	3.2
minha esposa amou	3.2
minha filha amou	3.2
minha mãe amou	3.2
minha namorada amou	3.2
nota 1000	3.2
nota dez mil	3.2
nota máxima	3.2
nota mil	3.2
o presenteado amou	3.2
perfeição	3.2
perfume maravilhoso	3.2
preço maravilhoso	3.2
presente maravilhoso	3.2
qualidade fantástica	3.2
qualidade maravilhosa	3.2
qualidade nota mil	3.2
qualidade sensacional	3.2
recomendadíssima	3.2
recomendadíssima a loja	3.2
recomendadíssimo	3.2
recomendadíssimos	3.2
recomendo a todos	3.2
recomendo de olhos fechados	3.2
recomendo demais	3.2
recomendo muito	3.2
recomendo para todos	3.2
recomendo pra todo mundo	3.2
recomendo vivamente	3.2
recomendo vivamente a todos	3.2
sabor maravilhoso	3.2
sensacionais	3.2
sensacional	3.2
sensacional demais	3.2
show de bola demais	3.2
simplesmente adorei	3.2
super indico	3.2
super recomendo	3.2
surpresa maravilhosa	3.2
te amo	3.2
tecido maravilhoso	3.2
tô adorando	3.2
tô amando	3.2
tô in love	3.2
todo mundo amou	3.2
todos amaram	3.2
top das galáxias	3.2
top de linha	3.2
top demais da conta	3.2
top top	3.2
topzeira	3.2
topzera	3.2
trabalho maravilhoso	3.2
tudo maravilhoso	3.2
um absurdo de linda	3.2
um absurdo de lindo	3.2
vc é demais	3.2
vc é um amor	3.2
vc é um anjo	3.2
vcs são as melhores	3.2
vcs são demais	3.2
vcs são incríveis	3.2
vcs são maravilhosas	3.2
vcs são maravilhosos	3.2
vcs são os melhores	3.2
vcs são um amor	3.2
vcs são uns amores	3.2
vcs são uns queridos	3.2
você é demais	3.2
você é um amor	3.2
você é um anjo	3.2
vocês são as melhores	3.2
vocês são demais	3.2
vocês são incríveis	3.2
vocês são maravilhosas	3.2
vocês são maravilhosos	3.2
vocês são os melhores	3.2
vocês são um amor	3.2
vocês são uns amores	3.2
vocês são uns queridos	3.2
10 10	3.0
5 estrelas	3.0
5 estrelas sem dúvida	3.0
5 estrelinhas	3.0
a adorar	3.0
acabamento excelente	3.0
acabamento impecável	3.0
acabamento impecável demais	3.0
acabamento perfeito	3.0
acertaram em cheio	3.0
acertaram no presente	3.0
acertei no tamanho	3.0
acertei o tamanho	3.0
acertou em cheio	3.0
acima da expectativa	3.0
acima das expectativas	3.0
adora	3.0
adorando	3.0
adoráveis	3.0
adorável	3.0
adoro	3.0
adorou	3.0
ainda mais linda	3.0
ainda mais lindo	3.0
além das expectativas	3.0
ama	3.0
amando	3.0
amor à primeira vista	3.0
amor da minha vida	3.0
amor define	3.0
amor eterno	3.0
ao vivo é ainda mais lindo	3.0
ao vivo é mais lindo	3.0
apaixonante	3.0
apaixonante demais	3.0
apaixonantes	3.0
arrasaram	3.0
arrasaram demais	3.0
arrasou	3.0
arrasou demais	3.0
arrasou muito	3.0
atendimento 5 estrelas	3.0
atendimento cinco estrelas	3.0
atendimento excelente	3.0
atendimento impecável	3.0
atendimento incrível	3.0
atendimento nota 10	3.0
atendimento nota 20	3.0
atendimento nota dez	3.0
atendimento perfeito	3.0
belíssima	3.0
belíssimas	3.0
belíssimo	3.0
belíssimos	3.0
brilho nos olhos	3.0
caimento impecável	3.0
caimento incrível	3.0
caimento perfeito	3.0
caiu como uma luva	3.0
caiu perfeita	3.0
caiu perfeitamente	3.0
caiu perfeito	3.0
chegou em perfeitas condições	3.0
chegou em perfeito estado	3.0
chegou impecável	3.0
chegou perfeita	3.0
chegou perfeitinha	3.0
chegou perfeitinho	3.0
chegou perfeito	3.0
chegou tudo impecável	3.0
chegou tudo perfeito	3.0
chorando de felicidade	3.0
chorei de alegria	3.0
chorei de emoção	3.0
chorei de felicidade	3.0
chorei de tão lindo	3.0
cinco estrelas	3.0
cinco estrelas sem dúvida	3.0
cinco estrelinhas	3.0
comprar sem medo	3.0
compre sem medo	3.0
comprem sem medo	3.0
cor perfeita	3.0
costura impecável	3.0
costura perfeita	3.0
coube certinho	3.0
coube perfeitamente	3.0
custo benefício excelente	3.0
de cair o queixo	3.0
de excelente qualidade	3.0
de tirar o fôlego	3.0
dinheiro bem gasto	3.0
dinheiro bem investido	3.0
divina	3.0
divinas	3.0
divino	3.0
divinos	3.0
ecxelente	3.0
ela adorou	3.0
ele adorou	3.0
em perfeitas condições	3.0
em perfeito estado	3.0
embalagem impecável	3.0
embalagem perfeita	3.0
empresa séria	3.0
encantada	3.0
encantadas	3.0
encantado	3.0
encantador	3.0
encantadora	3.0
encantadoras	3.0
encantadores	3.0
encantados	3.0
encantei	3.0
encheu os olhos	3.0
entrega impecável	3.0
entrega perfeita	3.0
equipe de parabéns	3.0
espetáculo	3.0
esplêndida	3.0
esplêndidas	3.0
esplêndido	3.0
esplêndidos	3.0
está de parabéns	3.0
está impecável	3.0
estão de parabéns	3.0
estava impecável	3.0
estonteante	3.0
estonteantes	3.0
estupenda	3.0
estupendo	3.0
eufórica	3.0
eufórico	3.0
excelente	3.0
excelente acabamento	3.0
excelente atendimento	3.0
excelente custo benefício	3.0
excelente material	3.0
excelente qualidade	3.0
excelente serviço	3.0
excelente trabalho	3.0
excelentes	3.0
excelentes profissionais	3.0
excelentíssimo	3.0
excepcionais	3.0
excepcional	3.0
exelente	3.0
exelentes	3.0
extasiada	3.0
extasiado	3.0
extraordinária	3.0
extraordinárias	3.0
extraordinário	3.0
extraordinários	3.0
felicidade	3.0
felicíssima	3.0
felicíssimo	3.0
fica perfeita	3.0
fica perfeito	3.0
ficaram lindas	3.0
ficaram lindos	3.0
ficaram perfeitas	3.0
ficaram perfeitos	3.0
ficou divina	3.0
ficou divino	3.0
ficou incrível	3.0
ficou linda	3.0
ficou linda em mim	3.0
ficou lindo	3.0
ficou lindo em mim	3.0
ficou perfeita	3.0
ficou perfeita em mim	3.0
ficou perfeitinha	3.0
ficou perfeitinho	3.0
ficou perfeito	3.0
ficou perfeito em mim	3.0
ficou show	3.0
ficou top	3.0
ficou um luxo	3.0
ficou um sonho	3.0
fofíssima	3.0
fofíssimas	3.0
fofíssimo	3.0
fofíssimos	3.0
impecáveis	3.0
impecável	3.0
incríveis	3.0
incrível	3.0
incrivel de lindo	3.0
incrivel demais	3.0
já indiquei	3.0
já recomendei	3.0
lindão	3.0
lindões	3.0
lindona	3.0
lindonas	3.0
loja confiável	3.0
loja de confiança	3.0
loja de parabéns	3.0
loja excelente	3.0
loja incrível	3.0
loja nota 10	3.0
loja perfeita	3.0
loja séria	3.0
love	3.0
love demais	3.0
mais bonita pessoalmente	3.0
mais bonito pessoalmente	3.0
mais linda ao vivo	3.0
mais linda pessoalmente	3.0
mais lindo ao vivo	3.0
mais lindo pessoalmente	3.0
maravilha	3.0
maravilha de preço	3.0
maravilhas	3.0
material excelente	3.0
me encantei	3.0
melhor do que na foto	3.0
melhor que na foto	3.0
melhor que nas fotos	3.0
meu filho adorou	3.0
minha filha adorou	3.0
minha mãe adorou	3.0
modelagem perfeita	3.0
morrendo de amores	3.0
morri de amores	3.0
nada a declarar só elogios	3.0
nada a reclamar	3.0
nada para reclamar	3.0
nada pra reclamar	3.0
não tenho do que reclamar	3.0
não tenho o que reclamar	3.0
nas nuvens	3.0
no céu	3.0
nota 10	3.0
nota 10 10	3.0
nota 20	3.0
nota dez	3.0
nota vinte	3.0
numeração certinha	3.0
numeração perfeita	3.0
o caimento é perfeito	3.0
otimíssima	3.0
otimíssimo	3.0
ótimo demais da conta	3.0
perfeita	3.0
perfeitas	3.0
perfeitas condições	3.0
perfeitinha	3.0
perfeitinhas	3.0
perfeitinho	3.0
perfeitinhos	3.0
perfeito	3.0
perfeito estado	3.0
perfeitos	3.0
pessoalmente é ainda mais lindo	3.0
pessoalmente é mais lindo	3.0
pode comprar sem medo	3.0
pode confiar	3.0
podem comprar sem medo	3.0
podem confiar	3.0
preço excelente	3.0
preço incrível	3.0
presente perfeito	3.0
primorosa	3.0
primorosas	3.0
primoroso	3.0
primorosos	3.0
qualidade excelente	3.0
qualidade impecável	3.0
qualidade incrível	3.0
qualidade nota 10	3.0
qualidade perfeita	3.0
que felicidade	3.0
que maravilha	3.0
radiante	3.0
radiantes	3.0
rapidez incrível	3.0
realizadíssima	3.0
recebi em perfeito estado	3.0
recebi perfeito	3.0
recebi tudo perfeito	3.0
recomendo a loja	3.0
recomendo essa loja	3.0
recomendo esta loja	3.0
recomendo sim	3.0
sabor incrível	3.0
sem defeitos	3.0
sem defeitos nenhum	3.0
sem reclamações	3.0
serviço 5 estrelas	3.0
serviço cinco estrelas	3.0
serviço excelente	3.0
serviço impecável	3.0
serviu certinha	3.0
serviu certinho	3.0
serviu como uma luva	3.0
serviu direitinho	3.0
serviu perfeitamente	3.0
serviu perfeitamente bem	3.0
serviu perfeito	3.0
showzaço	3.0
showzasso	3.0
só elogios	3.0
sublime	3.0
sublimes	3.0
superou as expectativas	3.0
superou minha expectativa	3.0
superou minhas expectativas	3.0
superou todas as expectativas	3.0
tá de parabéns	3.0
tamanho perfeitinho	3.0
tamanho perfeito	3.0
tão de parabéns	3.0
tecido incrível	3.0
tecido perfeito	3.0
top de gama	3.0
topíssima	3.0
topíssimo	3.0
trabalho impecável	3.0
trabalho incrível	3.0
tudo impecável	3.0
tudo perfeitinho	3.0
tudo perfeito	3.0
um espetáculo	3.0
um luxo	3.0
uma maravilha	3.0
vale cada centavo	3.0
vale muito a pena	3.0
vale super a pena	3.0
valeu cada centavo	3.0
valeu muito a pena	3.0
valeu super a pena	3.0
vc arrasa	3.0
vc arrasou	3.0
vcs arrasam	3.0
vcs estão de parabéns	3.0
vcs tão de parabéns	3.0
veio impecável	3.0
veio perfeita	3.0
veio perfeitinho	3.0
veio perfeito	3.0
veio tudo perfeito	3.0
veste certinho	3.0
veste perfeitamente	3.0
veste perfeito	3.0
vestiu certinho	3.0
vestiu como uma luva	3.0
vestiu perfeitamente	3.0
vestiu perfeito	3.0
você arrasa	3.0
você arrasou	3.0
vocês arrasam	3.0
vocês estão de parabéns	3.0
vou indicar	3.0
vou recomendar	3.0
zero reclamações	3.0
acabamento lindo	2.8
agradeço de coração	2.8
antes do esperado	2.8
antes do prazo	2.8
antes do previsto	2.8
atendimento ótimo	2.8
bilhete lindo	2.8
bué linda	2.8
bué lindo	2.8
caimento lindo	2.8
cartinha linda	2.8
chegou adiantada	2.8
chegou adiantado	2.8
chegou antes da data	2.8
chegou antes do esperado	2.8
chegou antes do prazo	2.8
chegou antes do previsto	2.8
chegou bem antes do prazo	2.8
chegou certinha	2.8
chegou certinho	2.8
chegou direitinha	2.8
chegou direitinho	2.8
chegou em 1 dia	2.8
chegou em 2 dias	2.8
chegou em dois dias	2.8
chegou em um dia	2.8
chegou intacta	2.8
chegou intacto	2.8
chegou inteirinha	2.8
chegou inteirinho	2.8
chegou linda	2.8
chegou lindinho	2.8
chegou lindo	2.8
chegou mega rápido	2.8
chegou muito rápido	2.8
chegou no dia seguinte	2.8
chegou num piscar de olhos	2.8
chegou rapidíssimo	2.8
chegou super rápida	2.8
chegou super rapidinho	2.8
chegou super rápido	2.8
chegou tudo certinho	2.8
chegou voando	2.8
cheirinho delicioso	2.8
cheirinho gostoso demais	2.8
cheiro bom	2.8
cheiro delicioso	2.8
cheiro gostoso	2.8
coisa linda	2.8
coisa mais linda	2.8
cor fiel	2.8
cor idêntica	2.8
cor igual à foto	2.8
cor linda	2.8
cores lindas	2.8
de ótima qualidade	2.8
despacharam rápido	2.8
embalagem linda	2.8
entrega expressa	2.8
entrega no prazo	2.8
entrega pontual	2.8
entrega rápida	2.8
entrega rapidíssima	2.8
entrega rapidíssima demais	2.8
entrega super rápida	2.8
entregaram rápido	2.8
entregue rapidinho	2.8
enviaram rápido	2.8
envio imediato	2.8
envio rapidíssimo	2.8
envio rápido	2.8
envio super rápido	2.8
enviou rápido	2.8
fica linda	2.8
fica lindo	2.8
ficou ótima	2.8
ficou ótimo	2.8
foi rapidinho	2.8
formidáveis	2.8
formidável	2.8
gratidão eterna	2.8
impressionante	2.8
impressionantes	2.8
incomparável	2.8
indicarei	2.8
indico	2.8
indiquei	2.8
insuperável	2.8
linda	2.8
lindas	2.8
lindeza	2.8
lindezas	2.8
lindinha	2.8
lindinhas	2.8
lindinho	2.8
lindinho demais	2.8
lindinhos	2.8
lindo	2.8
lindo atendimento	2.8
lindo e barato	2.8
lindo trabalho	2.8
lindos	2.8
loja linda	2.8
material ótimo	2.8
mimo lindo	2.8
mimos lindos	2.8
modelagem linda	2.8
muitíssimo obrigada	2.8
muitíssimo obrigado	2.8
muito gostosa	2.8
muito gostoso	2.8
muito saboroso	2.8
obrigada de coração	2.8
obrigada do fundo do coração	2.8
obrigada pelo brinde	2.8
obrigada pelo carinho	2.8
obrigada pelo mimo	2.8
obrigada pelo presente	2.8
obrigada por tudo	2.8
obrigadíssima	2.8
obrigadíssimo	2.8
obrigadíssimo pela	2.8
obrigado de coração	2.8
obrigado pelo brinde	2.8
obrigado pelo carinho	2.8
obrigado pelo mimo	2.8
obrigado por tudo	2.8
óptima	2.8
óptimas	2.8
óptimo	2.8
óptimos	2.8
ótima	2.8
ótima notícia	2.8
ótima qualidade	2.8
ótimas	2.8
ótimo	2.8
ótimo acabamento	2.8
ótimo atendimento	2.8
ótimo caimento	2.8
ótimo custo benefício	2.8
ótimo estado	2.8
ótimo material	2.8
ótimo preço	2.8
ótimo presente	2.8
ótimo serviço	2.8
ótimo trabalho	2.8
ótimos	2.8
postagem rápida	2.8
postaram rápido	2.8
preço ótimo	2.8
preço ótimo demais	2.8
presente lindo	2.8
qualidade absurda	2.8
qualidade ótima	2.8
qualidade surreal	2.8
que ótima notícia	2.8
que ótimo	2.8
rapidinho demais	2.8
recebi certinho	2.8
recebi direitinho	2.8
recebi tudo certinho	2.8
recebi tudo direitinho	2.8
recomendamos	2.8
recomendarei	2.8
recomendo	2.8
recomendo imenso	2.8
surreal	2.8
tamanho exato	2.8
tamanho ideal	2.8
tecido fresquinho	2.8
tecido gostoso	2.8
tecido lindo	2.8
tecido macio	2.8
tecido ótimo	2.8
trabalho lindo	2.8
tudo lindo	2.8
veio certinha	2.8
veio certinho	2.8
veio direitinho	2.8
veio tudo certinho	2.8
veio tudo certo	2.8
veste muito bem	2.8
veste super bem	2.8
a primeira de muitas	2.6
alegria	2.6
alegrias	2.6
alegrou meu dia	2.6
amor	2.6
animadíssima	2.6
animadíssimo	2.6
arrasa	2.6
arrasador	2.6
arrasadora	2.6
arrasadoras	2.6
arrasando	2.6
bom custo benefício	2.6
brilhando	2.6
brilhou	2.6
caprichadíssima	2.6
caprichadíssimo	2.6
cliente de carteirinha	2.6
cliente feliz	2.6
cliente fiel	2.6
cliente para sempre	2.6
cliente satisfeita	2.6
cliente satisfeito	2.6
clientes satisfeitos	2.6
coisa fofa	2.6
coisa mais fofa	2.6
com certeza comprarei	2.6
com certeza voltarei	2.6
com certeza vou comprar	2.6
comprarei de novo	2.6
comprarei mais vezes	2.6
comprarei novamente	2.6
comprarei sempre	2.6
compraria de novo	2.6
compraria mais	2.6
compraria novamente	2.6
contentíssima	2.6
contentíssimo	2.6
delícia	2.6
delícias	2.6
deliciosa	2.6
deliciosas	2.6
delicioso	2.6
deliciosos	2.6
emocionada	2.6
emocionadas	2.6
emocionado	2.6
emocionados	2.6
emocionante	2.6
empolgada	2.6
empolgadas	2.6
empolgado	2.6
empolgados	2.6
empolgante	2.6
encantamento	2.6
feito com amor	2.6
feliz	2.6
felizes	2.6
fez meu dia	2.6
ficou uma graça	2.6
ficou uma gracinha	2.6
fiquei feliz	2.6
fiquei muito feliz	2.6
fiquei tão feliz	2.6
fofura	2.6
fofuras	2.6
fofurinha	2.6
freguesa fiel	2.6
funciona perfeitamente	2.6
funcionando perfeitamente	2.6
funcionou perfeitamente	2.6
ganhei o dia	2.6
ganhou meu dia	2.6
gracinha	2.6
gracinhas	2.6
imbatíveis	2.6
imbatível	2.6
já é a terceira vez que compro	2.6
já é minha terceira compra	2.6
já quero mais	2.6
já quero outra	2.6
já quero outro	2.6
lacração	2.6
lacrando	2.6
lacrou	2.6
lindamente	2.6
me deixou feliz	2.6
me fez feliz	2.6
me sinto realizada	2.6
me sinto realizado	2.6
melhor custo benefício	2.6
meu xodó	2.6
mitando	2.6
mitou	2.6
muitas outras virão	2.6
muito feliz	2.6
não poderia estar mais feliz	2.6
não podia estar mais feliz	2.6
paixão	2.6
parabenizar	2.6
parabenizo	2.6
parabéns	2.6
parabéns à equipe	2.6
parabéns a todos	2.6
parabéns aos envolvidos	2.6
parabéns pela loja	2.6
parabéns pela qualidade	2.6
parabéns pelo atendimento	2.6
parabéns pelo capricho	2.6
parabéns pelo trabalho	2.6
parabéns pelos produtos	2.6
pechincha	2.6
perfeitamente	2.6
preço imbatível	2.6
primeira compra de muitas	2.6
primeira de muitas	2.6
que alegria	2.6
que graça	2.6
quero comprar mais	2.6
quero parabenizar	2.6
realizadíssimo	2.6
satisfeitíssima	2.6
satisfeitíssimo	2.6
satisfeitíssimos	2.6
sempre volto	2.6
show de bola	2.6
showzinho	2.6
super feliz	2.6
tamanho certinho	2.6
tão feliz	2.6
um amor	2.6
uma delícia	2.6
uma fofura	2.6
uma graça	2.6
uma gracinha	2.6
uma pechincha	2.6
umas amores	2.6
uns amores	2.6
vale o investimento	2.6
vale o que custa	2.6
valeu o investimento	2.6
virei cliente	2.6
voltarei a comprar	2.6
voltarei com certeza	2.6
voltarei sempre	2.6
volto a comprar	2.6
volto sempre	2.6
vou comprar de novo	2.6
vou comprar mais	2.6
vou comprar mais vezes	2.6
vou comprar novamente	2.6
vou querer mais	2.6
xodó	2.6
atendimento top	2.5
loja top	2.5
qualidade top	2.5
serviço top	2.5
top	2.5
topp	2.5
abençoada	2.4
abençoadas	2.4
abençoado	2.4
abençoados	2.4
admiráveis	2.4
admirável	2.4
aêê	2.4
aeee	2.4
alegre	2.4
alegres	2.4
anjo	2.4
atempadamente	2.4
atenciosa	2.4
atenciosas	2.4
atencioso	2.4
atenciosos	2.4
atendimento 10	2.4
atendimento atencioso	2.4
atendimento bom	2.4
atendimento de qualidade	2.4
atendimento diferenciado	2.4
atendimento humanizado	2.4
atendimento personalizado	2.4
atendimento rapidíssimo	2.4
atendimento rápido	2.4
atendimento show	2.4
atendimento super rápido	2.4
bate com a descrição	2.4
bela	2.4
belas	2.4
belo	2.4
belo atendimento	2.4
belo trabalho	2.4
belos	2.4
bem acondicionada	2.4
bem acondicionado	2.4
bem embalada	2.4
bem embaladas	2.4
bem embaladinha	2.4
bem embaladinho	2.4
bem embalado	2.4
bem embalados	2.4
bem protegida	2.4
bem protegido	2.4
benção	2.4
bom atendimento	2.4
bom serviço	2.4
bonita	2.4
bonitas	2.4
bonito	2.4
bonito e barato	2.4
bonitos	2.4
bué boa	2.4
bué bom	2.4
bué fixe	2.4
bué gira	2.4
bué giro	2.4
caprichada	2.4
caprichadas	2.4
caprichado	2.4
caprichados	2.4
carinho	2.4
carinhosa	2.4
carinhosas	2.4
carinhoso	2.4
carinhosos	2.4
charmosa	2.4
charmosas	2.4
charmoso	2.4
charmosos	2.4
chegou a tempo	2.4
chegou antes	2.4
chegou bem	2.4
chegou bem embalada	2.4
chegou bem embalado	2.4
chegou bem rápido	2.4
chegou certo	2.4
chegou dentro do prazo	2.4
chegou em boas condições	2.4
chegou em menos de uma semana	2.4
chegou em poucos dias	2.4
chegou em segurança	2.4
chegou inteira	2.4
chegou inteiro	2.4
chegou rápida	2.4
chegou rapidinha	2.4
chegou rapidinho	2.4
chegou rápido	2.4
chegou sã e salva	2.4
chegou são e salvo	2.4
chegou tudo bem	2.4
chegou tudo certo	2.4
chegou tudo ok	2.4
chic	2.4
chique	2.4
chiquérrima	2.4
chiquérrimo	2.4
chiques	2.4
chiquíssima	2.4
chiquíssimo	2.4
com carinho	2.4
com certeza volto	2.4
com muito carinho	2.4
como anunciado	2.4
como descrito	2.4
como na foto	2.4
como nas fotos	2.4
competência	2.4
conforme a descrição	2.4
conforme a foto	2.4
conforme anunciado	2.4
conforme descrito	2.4
contente	2.4
contentes	2.4
dedicação	2.4
dentro do prazo combinado	2.4
desde já muito obrigada	2.4
deus abençoe	2.4
deus os abençoe	2.4
deus te abençoe	2.4
difícil não amar	2.4
diva	2.4
divas	2.4
eba	2.4
ebaa	2.4
educadíssima	2.4
educadíssimo	2.4
eficácia	2.4
eficiência	2.4
eficientíssimo	2.4
embalada com carinho	2.4
embaladinha	2.4
embaladinho	2.4
embalado com carinho	2.4
embalagem caprichada	2.4
entrega relâmpago	2.4
entrega ultra rápida	2.4
entregue a tempo	2.4
entregue atempadamente	2.4
entregue no prazo	2.4
espectáculo	2.4
estilosa	2.4
estilosas	2.4
estiloso	2.4
estilosos	2.4
exatamente como anunciado	2.4
exatamente como na foto	2.4
exatamente como nas fotos	2.4
exatamente como pedi	2.4
exatamente o que eu queria	2.4
excelência	2.4
exuberante	2.4
exuberantes	2.4
fã	2.4
fã da loja	2.4
fã número 1	2.4
faltam palavras	2.4
fãs	2.4
feito com carinho	2.4
ficou fofa	2.4
ficou fofo	2.4
fiel à descrição	2.4
fiel à foto	2.4
fiel ao anúncio	2.4
fiel às fotos	2.4
fofa	2.4
fofas	2.4
fofinha	2.4
fofinhas	2.4
fofinho	2.4
fofinhos	2.4
fofo	2.4
fofos	2.4
foi muito rápido	2.4
foi rapidíssimo	2.4
foi super rápido	2.4
gentileza	2.4
gentilíssima	2.4
gentilíssimo	2.4
gostei imenso	2.4
gostei imenso de	2.4
grande fã	2.4
gratíssima	2.4
gratíssimo	2.4
idêntica à foto	2.4
idêntico à foto	2.4
igual à foto	2.4
igual ao anúncio	2.4
igual ao site	2.4
igual às fotos	2.4
igualzinha à foto	2.4
igualzinho à foto	2.4
igualzinho ao anúncio	2.4
igualzinho às fotos	2.4
impossível não amar	2.4
impossível não gostar	2.4
impossível não se apaixonar	2.4
iupi	2.4
iupii	2.4
jamais decepciona	2.4
luxo	2.4
luxuosa	2.4
luxuosas	2.4
luxuoso	2.4
luxuosos	2.4
me faltam palavras	2.4
me responderam rapidinho	2.4
me surpreendeu	2.4
me surpreendi	2.4
melhor impossível	2.4
mt obg	2.4
mt obrigada	2.4
mt obrigado	2.4
mto obg	2.4
mto obrigada	2.4
mto obrigado	2.4
muito agradecida	2.4
muito agradecido	2.4
muito atenciosa	2.4
muito atenciosos	2.4
muito educada	2.4
muito educados	2.4
muito gentis	2.4
muito giro	2.4
muito grata	2.4
muito grato	2.4
muito obg	2.4
muito obrigada	2.4
muito obrigada mesmo	2.4
muito obrigado	2.4
muito obrigados	2.4
muito prestativa	2.4
muito prestativos	2.4
muito profissionais	2.4
nada a melhorar	2.4
não decepciona	2.4
não decepcionam	2.4
não irá se arrepender	2.4
não me arrependo nem um pouco	2.4
não poderia estar mais satisfeita	2.4
não se arrependerão	2.4
não tem como errar	2.4
não tem como não amar	2.4
não tem erro	2.4
não tenho palavras	2.4
não vai se arrepender	2.4
não vão se arrepender	2.4
não vão se arrepender de comprar	2.4
nem tenho palavras	2.4
nenhum arrependimento	2.4
no tempo certo	2.4
nunca decepciona	2.4
nunca decepcionam	2.4
nunca me decepcionaram	2.4
nunca me decepcionou	2.4
oba	2.4
oba que bom	2.4
obrigada pela ajuda	2.4
obrigada pela disponibilidade	2.4
obrigada pela paciência	2.4
obrigada pela preferência	2.4
obrigada pela rapidez	2.4
obrigadaço	2.4
obrigadão	2.4
obrigado pela ajuda	2.4
obrigado pela disponibilidade	2.4
obrigado pela paciência	2.4
obrigado pela rapidez	2.4
orgulho	2.4
orgulhosa	2.4
orgulhoso	2.4
preciosa	2.4
preciosas	2.4
precioso	2.4
preciosos	2.4
prestativa	2.4
prestativas	2.4
prestativo	2.4
prestativos	2.4
presteza	2.4
profissionalismo	2.4
prontidão	2.4
qualidade surpreendente	2.4
que deus abençoe	2.4
que gira	2.4
que giras	2.4
que giro	2.4
que giros	2.4
recomendada	2.4
recomendadas	2.4
recomendado	2.4
recomendados	2.4
requintada	2.4
requintadas	2.4
requintado	2.4
requintados	2.4
respondem rápido	2.4
responderam rapidinho	2.4
responderam rápido	2.4
respondeu rapidinho	2.4
respondeu rápido	2.4
resposta rápida	2.4
respostas rápidas	2.4
retorno rápido	2.4
satisfação	2.4
satisfeita	2.4
satisfeitas	2.4
satisfeito	2.4
satisfeitos	2.4
sem arrependimentos	2.4
sem nenhum defeito	2.4
sem palavras	2.4
sem palavras para descrever	2.4
sem palavras pra descrever	2.4
sempre atenciosas	2.4
sempre atenciosos	2.4
sempre muito atenciosa	2.4
serviço de qualidade	2.4
simpatiquíssima	2.4
simpatiquíssimo	2.4
simpatiquíssimos	2.4
sonho de consumo	2.4
sou fã	2.4
super atenciosa	2.4
super atenciosas	2.4
super atenciosos	2.4
super prestativa	2.4
super prestativos	2.4
super simpática	2.4
super simpáticos	2.4
superaram	2.4
superou	2.4
superou tudo	2.4
surpreendente	2.4
surpreendentes	2.4
surpreendeu	2.4
surpreendeu positivamente	2.4
tal como anunciado	2.4
tal e qual a foto	2.4
tão gira	2.4
tão giro	2.4
tudo certinho	2.4
tudo certinho por aqui	2.4
tudo como combinado	2.4
tudo conforme combinado	2.4
tudo direitinho	2.4
tudo nos conformes	2.4
uaau	2.4
uau	2.4
uhu	2.4
uhul	2.4
uhuu	2.4
um achado	2.4
um anjo	2.4
um arraso	2.4
um espectáculo	2.4
um show	2.4
um sonho	2.4
uma benção	2.4
valeu a pena	2.4
valeu demais	2.4
valeu mesmo	2.4
valeu pela ajuda	2.4
valeu pela força	2.4
veio rapidinho	2.4
veio rápido	2.4
veio super rápido	2.4
virei fã	2.4
viva	2.4
voltarei	2.4
voltaremos	2.4
volto com certeza	2.4
volto mais vezes	2.4
wow	2.4
zero arrependimento	2.4
zero defeitos	2.4
zero problemas	2.4
a minha preferida	2.2
acertei no presente	2.2
agilidade	2.2
agradecemos	2.2
agradecida	2.2
agradecidas	2.2
agradecido	2.2
agradecidos	2.2
agradecimento	2.2
agradecimentos	2.2
agradeço	2.2
agradeço a ajuda	2.2
agradeço muito	2.2
agradeço o atendimento	2.2
agradeço o retorno	2.2
agradeço pela ajuda	2.2
agradeço pelo atendimento	2.2
agradeso	2.2
agradessemos	2.2
agradesso	2.2
alta qualidade	2.2
amada	2.2
amadas	2.2
amado	2.2
amados	2.2
amore	2.2
amores	2.2
amorzinho	2.2
atenção aos detalhes	2.2
barata e boa	2.2
barato e bom	2.2
beleza pura	2.2
belezura	2.2
bem acabada	2.2
bem acabadas	2.2
bem acabado	2.2
bem acabados	2.2
bem atendida	2.2
bem atendido	2.2
bem atendidos	2.2
bem conservada	2.2
bem conservado	2.2
bem cortado	2.2
bem costurada	2.2
bem costurado	2.2
bem cuidada	2.2
bem cuidado	2.2
bem feita	2.2
bem feitas	2.2
bem feitinha	2.2
bem feitinho	2.2
bem feito	2.2
bem feitos	2.2
bem servida	2.2
bem servido	2.2
bem tratada	2.2
bem tratado	2.2
boa demais da conta	2.2
boa e barata	2.2
boa qualidade	2.2
bom demais da conta	2.2
bom e barato	2.2
bom material	2.2
bom trabalho	2.2
bonitinha	2.2
bonitinhas	2.2
bonitinho	2.2
bonitinhos	2.2
brigadão	2.2
brigadinha	2.2
brigadinho	2.2
brigadona	2.2
caiu bem	2.2
caiu super bem	2.2
capricharam	2.2
caprichei	2.2
capricho	2.2
caprichou	2.2
catita	2.2
catitas	2.2
charme	2.2
chegou no prazo	2.2
cheirosa	2.2
cheirosas	2.2
cheiroso	2.2
cheirosos	2.2
como nova	2.2
como novo	2.2
competente	2.2
competentes	2.2
confiáveis	2.2
confiável	2.2
confortáveis	2.2
confortável	2.2
confortavel demais	2.2
coube bem	2.2
criativa	2.2
criativas	2.2
criatividade	2.2
criativo	2.2
criativos	2.2
cuidado com os detalhes	2.2
cuidadosa	2.2
cuidadosas	2.2
cuidadoso	2.2
cuidadosos	2.2
de confiança	2.2
de primeira	2.2
de primeira linha	2.2
de primeiríssima	2.2
de qualidade	2.2
delicadeza	2.2
educada	2.2
educadas	2.2
educado	2.2
educados	2.2
eficiente	2.2
eficientes	2.2
elegância	2.2
elegante	2.2
elegantes	2.2
fez o maior sucesso	2.2
fez sucesso	2.2
ficou bem em mim	2.2
ficou boa	2.2
ficou bom	2.2
fizeram sucesso	2.2
fui bem atendida	2.2
fui bem atendido	2.2
fui muito bem atendida	2.2
fui muito bem atendido	2.2
gentil	2.2
gentis	2.2
giríssima	2.2
giríssimo	2.2
glamourosa	2.2
glamourosas	2.2
glamouroso	2.2
glamourosos	2.2
gostosinha	2.2
gostosinho	2.2
honesta	2.2
honestas	2.2
honestidade	2.2
honesto	2.2
honestos	2.2
intacta	2.2
intactas	2.2
intacto	2.2
intactos	2.2
inteirinha	2.2
inteirinho	2.2
já estou usando	2.2
já tô usando	2.2
já virou meu favorito	2.2
lacrei	2.2
loja favorita	2.2
loja preferida	2.2
material bom	2.2
material de qualidade	2.2
meu favorito	2.2
meus favoritos	2.2
minha favorita	2.2
minha loja favorita	2.2
minha loja preferida	2.2
minhas favoritas	2.2
muita qualidade	2.2
muito bem atendida	2.2
muito bem atendido	2.2
muito gentil	2.2
muito sucesso	2.2
não largo mais	2.2
não tiro do corpo	2.2
não tiro mais	2.2
não vivo sem	2.2
novinha	2.2
novinha em folha	2.2
novinhas	2.2
novinho	2.2
novinho em folha	2.2
novinhos	2.2
o meu preferido	2.2
obrigada amor	2.2
obrigada linda	2.2
obrigadinha	2.2
obrigadinho	2.2
passando para agradecer	2.2
passando pra agradecer	2.2
pontualidade	2.2
preferida	2.2
preferidas	2.2
preferido	2.2
preferidos	2.2
primeira linha	2.2
primeira qualidade	2.2
produto de qualidade	2.2
produtos de qualidade	2.2
qualidade boa	2.2
qualidade de sobra	2.2
qualidade muito boa	2.2
qualidade premium	2.2
qualidade superior	2.2
que trabalho	2.2
queria agradecer	2.2
querida demais	2.2
queridíssima	2.2
queridíssimo	2.2
quero agradecer	2.2
rapidez	2.2
recebi muitos elogios	2.2
recebi vários elogios	2.2
saborosa	2.2
saborosas	2.2
saboroso	2.2
saborosos	2.2
serviu bem	2.2
simpatia	2.2
simpática	2.2
simpáticas	2.2
simpático	2.2
simpáticos	2.2
só agradecer	2.2
só para agradecer	2.2
só pra agradecer	2.2
só recebo elogios	2.2
sofisticada	2.2
sofisticadas	2.2
sofisticado	2.2
sofisticados	2.2
sou viciada	2.2
sucesso	2.2
sucesso a vocês	2.2
sucesso na loja	2.2
sucesso para vocês	2.2
sucesso pra vcs	2.2
sucesso pra vocês	2.2
sucesso sempre	2.2
sucessos	2.2
tecido de qualidade	2.2
to usando muito	2.2
todo mundo elogiou	2.2
todos elogiaram	2.2
um charme	2.2
uso todo dia	2.2
vale a pena	2.2
veste bem	2.2
vestiu bem	2.2
viciada	2.2
viciada na loja	2.2
viciada nos produtos	2.2
viciado	2.2
viciante	2.2
viciei	2.2
vim agradecer	2.2
virou meu favorito	2.2
virou minha favorita	2.2
aah que bom	2.0
ágeis	2.0
ágil	2.0
agradáveis	2.0
agradável	2.0
agradecendo	2.0
agradecer	2.0
aguenta bem	2.0
ah que bom	2.0
ainda bem	2.0
ainda bem que	2.0
ainda bem que chegou	2.0
ainda bem que deu certo	2.0
ajudaram	2.0
ajudaram muito	2.0
ajudou	2.0
ajudou demais	2.0
ajudou muito	2.0
aliviada	2.0
aliviado	2.0
alívio	2.0
animada	2.0
animadas	2.0
animado	2.0
animados	2.0
ansiosa para receber	2.0
ansiosa para usar	2.0
ansiosa pra receber	2.0
ansiosa pra usar	2.0
ansioso para receber	2.0
ansioso pra receber	2.0
avaliação positiva	2.0
bacana	2.0
bacanas	2.0
bestial	2.0
bilhetinho	2.0
bonitão	2.0
bonitona	2.0
cartinha	2.0
certeira	2.0
certeiro	2.0
cheirinho	2.0
cheirinho bom	2.0
cheirinho gostoso	2.0
chuchu	2.0
com prazer	2.0
confiante	2.0
confiantes	2.0
confortinho	2.0
curti	2.0
curtimos	2.0
curtiram	2.0
da hora	2.0
dahora	2.0
daora	2.0
deixo aqui meu elogio	2.0
deixo meu elogio	2.0
delicada	2.0
delicadas	2.0
delicado	2.0
delicados	2.0
deu certinho	2.0
deu tudo certo	2.0
dura muito	2.0
duráveis	2.0
durável	2.0
durou muito	2.0
elogiar	2.0
elogio	2.0
elogios	2.0
empatia	2.0
fashion	2.0
feedback positivo	2.0
felizmente	2.0
fixe	2.0
fixes	2.0
fofuxa	2.0
fofuxo	2.0
foi um prazer	2.0
fresquinha	2.0
fresquinho	2.0
funciona direitinho	2.0
funciona muito bem	2.0
funcionando direitinho	2.0
gira	2.0
giras	2.0
giro	2.0
giros	2.0
gostamos	2.0
gostaram	2.0
gostei	2.0
gostei bastante mesmo	2.0
gostei demais da conta	2.0
gostosa	2.0
gostosas	2.0
gostoso	2.0
gostosos	2.0
graças a deus	2.0
graças a deus chegou	2.0
grata	2.0
gratas	2.0
gratidão	2.0
grato	2.0
gratos	2.0
já resolveram	2.0
já resolveu	2.0
joia demais	2.0
joinha	2.0
louca para receber	2.0
louca pra receber	2.0
louca pra usar	2.0
macia	2.0
macias	2.0
macinha	2.0
macinho	2.0
macio	2.0
macios	2.0
mal posso esperar	2.0
mal posso esperar para	2.0
mal posso esperar pra	2.0
maneirinho	2.0
maneiro	2.0
maneiros	2.0
me ajudaram	2.0
me ajudou	2.0
mimo	2.0
mimos	2.0
não vejo a hora	2.0
não vejo a hora de	2.0
numeração certa	2.0
obrigada pela atenção	2.0
obrigada por resolver	2.0
obrigado pela atenção	2.0
obrigado por resolver	2.0
passando para elogiar	2.0
passando pra elogiar	2.0
pontuais	2.0
pontual	2.0
porreira	2.0
porreiras	2.0
porreiro	2.0
porreiros	2.0
positivamente	2.0
presentinho	2.0
privilégio	2.0
problema resolvido	2.0
problema solucionado	2.0
profissionais	2.0
profissional	2.0
q bom	2.0
q bom que	2.0
que alívio	2.0
que bom	2.0
que bom que	2.0
que sorte	2.0
que surpresa boa	2.0
queria elogiar	2.0
quero elogiar	2.0
resistente	2.0
resistentes	2.0
resolveram	2.0
resolveram meu problema	2.0
resolveram o problema	2.0
resolveram rapidinho	2.0
resolveram rápido	2.0
resolveram tudo	2.0
resolveu	2.0
resolveu meu problema	2.0
resolvida	2.0
resolvido	2.0
sempre compro	2.0
seriedade	2.0
show	2.0
shows	2.0
showw	2.0
solícita	2.0
solícitas	2.0
solícito	2.0
solícitos	2.0
solução rápida	2.0
solucionada	2.0
solucionado	2.0
solucionaram	2.0
sortuda	2.0
sortudo	2.0
surpresa boa	2.0
tamanho certo	2.0
tranquilizada	2.0
tranquilizado	2.0
tudo resolvido	2.0
um prazer	2.0
um privilégio	2.0
vale o preço	2.0
valiosa	2.0
valioso	2.0
vim elogiar	2.0
xuxu	2.0
boa	1.9
boa notícia	1.9
boas	1.9
boas notícias	1.9
bom	1.9
bom preço	1.9
bons	1.9
em boas condições	1.9
em bom estado	1.9
mais uma vez obrigada	1.9
mais uma vez obrigado	1.9
obrigada	1.9
obrigada amiga	1.9
obrigada de novo	1.9
obrigada flor	1.9
obrigada gente	1.9
obrigada mais uma vez	1.9
obrigada meninas	1.9
obrigada moça	1.9
obrigada pela compreensão	1.9
obrigada pela explicação	1.9
obrigada pela informação	1.9
obrigada pela resposta	1.9
obrigada pelas informações	1.9
obrigada pelo atendimento	1.9
obrigada pelo retorno	1.9
obrigada pessoal	1.9
obrigada querida	1.9
obrigada viu	1.9
obrigadaa	1.9
obrigadas	1.9
obrigado	1.9
obrigado de novo	1.9
obrigado gente	1.9
obrigado mais uma vez	1.9
obrigado pela compreensão	1.9
obrigado pela informação	1.9
obrigado pela resposta	1.9
obrigado pelas informações	1.9
obrigado pelo atendimento	1.9
obrigado pelo retorno	1.9
obrigado pessoal	1.9
obrigado querida	1.9
obrigado viu	1.9
obrigados	1.9
precinho bom	1.9
preço bom	1.9
promoção boa	1.9
que notícia boa	1.9
a gostar	1.8
ajeitadinha	1.8
ajeitadinho	1.8
brigada	1.8
brigado	1.8
brigadu	1.8
brinde	1.8
brindes	1.8
certinha	1.8
certinhas	1.8
certinho	1.8
certinhos	1.8
comprem	1.8
curtindo	1.8
curtiu	1.8
direitinha	1.8
direitinhas	1.8
direitinho	1.8
direitinhos	1.8
eficaz	1.8
eficazes	1.8
estou a gostar	1.8
estou gostando	1.8
gata	1.8
gatas	1.8
gostando	1.8
gosto muito	1.8
gostou	1.8
irada	1.8
iradas	1.8
irado	1.8
irados	1.8
legais	1.8
legal	1.8
mó legal	1.8
obg	1.8
obgada	1.8
obgado	1.8
obgd	1.8
obgda	1.8
obgdo	1.8
organizada	1.8
organizadas	1.8
organizado	1.8
organizados	1.8
prática	1.8
práticas	1.8
prático	1.8
práticos	1.8
rápida	1.8
rapidamente	1.8
rápidas	1.8
rapidinha	1.8
rapidinhas	1.8
rapidinho	1.8
rapidinhos	1.8
rapidíssima	1.8
rapidíssimas	1.8
rapidíssimo	1.8
rapidíssimos	1.8
rápido	1.8
rápidos	1.8
thanks	1.8
tmj mano	1.8
tô gostando	1.8
úteis	1.8
útil	1.8
valeu	1.8
valeu galera	1.8
valeu irmão	1.8
valeu mano	1.8
valeu pessoal	1.8
valew	1.8
vlw	1.8
vlw mano	1.8
vlww	1.8
ah sim obrigada	1.6
baratíssima	1.6
baratíssimas	1.6
baratíssimo	1.6
baratíssimos	1.6
beleza obrigada	1.6
blz obg	1.6
blz obrigada	1.6
boas entradas	1.6
boas festas	1.6
calmo	1.6
certo obrigada	1.6
certo obrigado	1.6
confiança	1.6
custo benefício	1.6
de boa	1.6
de boas	1.6
deu certo	1.6
disponibilidade	1.6
em paz	1.6
entendi muito obrigada	1.6
especiais	1.6
especial	1.6
esperança	1.6
esperançosa	1.6
esperançoso	1.6
excelente escolha	1.6
favorita	1.6
favoritas	1.6
favorito	1.6
favoritos	1.6
feliz aniversário	1.6
feliz ano novo	1.6
feliz dia	1.6
feliz dia das mães	1.6
feliz dia das mulheres	1.6
feliz dia dos namorados	1.6
feliz dia dos pais	1.6
feliz natal	1.6
feliz páscoa	1.6
fica tranquila	1.6
fica tranquilo	1.6
ficou bem	1.6
gosta	1.6
gostam	1.6
gosto	1.6
ideais	1.6
ideal	1.6
não há problema	1.6
não tem problema	1.6
nem acredito que chegou	1.6
nenhum problema	1.6
no prazo certo	1.6
ok muito obrigada	1.6
ok obg	1.6
ok obrigadaa	1.6
ok vlw	1.6
ótima escolha	1.6
ótima ideia	1.6
ótima opção	1.6
perfeito obrigada	1.6
perfeito obrigado	1.6
pode ficar tranquila	1.6
pode ficar tranquilo	1.6
problema nenhum	1.6
próspero ano novo	1.6
querida	1.6
queridas	1.6
querido	1.6
queridos	1.6
relax	1.6
sem estresse	1.6
sem pressa	1.6
sem pressa nenhuma	1.6
sem problema	1.6
sem problema nenhum	1.6
sem problemas	1.6
sem stress	1.6
show obrigada	1.6
sossegada	1.6
sossegado	1.6
top obrigada	1.6
tranquila	1.6
tranquilas	1.6
tranquilidade	1.6
tranquilo	1.6
tranquilos	1.6
tudo bem obrigada	1.6
tudo bem obrigado	1.6
tudo tranquilo	1.6
tudo tranquilo por aqui	1.6
umas queridas	1.6
uns queridos	1.6
boazinha	1.5
boazinhas	1.5
bonzão	1.5
bonzinho	1.5
bonzinhos	1.5
jeitosa	1.5
jeitosinha	1.5
jeitosinho	1.5
jeitoso	1.5
legalzinha	1.5
legalzinho	1.5
massa	1.5
melhor	1.5
melhorando	1.5
melhoraram	1.5
melhores	1.5
melhorou	1.5
moderna	1.5
modernas	1.5
moderno	1.5
modernos	1.5
nada mal	1.5
nada mal mesmo	1.5
nada mau	1.5
não está nada mal	1.5
satisfatória	1.5
satisfatórias	1.5
satisfatório	1.5
satisfatórios	1.5
tamo junto sempre	1.5
tmj	1.5
chegou finalmente	1.4
chegouuu	1.4
compensa	1.4
compensou	1.4
dentro do prazo	1.4
enfim chegou	1.4
finalmente chegou	1.4
funcionou	1.4
paciente	1.4
pacientes	1.4
ufa	1.4
ufa chegou	1.4
ufaa	1.4
achadinho	1.2
achadinhos	1.2
adequada	1.2
adequado	1.2
até que enfim chegou	1.2
baratinha	1.2
baratinhas	1.2
baratinho	1.2
baratinhos	1.2
bem vinda	1.2
bem vindas	1.2
bem vindo	1.2
bem vindos	1.2
boa sorte	1.2
boas vindas	1.2
coube	1.2
descontão	1.2
em conta	1.2
envio grátis	1.2
frete grátis	1.2
frete gratuito	1.2
no prazo	1.2
precinho	1.2
precinho camarada	1.2
preço acessível	1.2
preço baixinho	1.2
preço camarada	1.2
preço em conta	1.2
preço justo	1.2
que saudade	1.2
recebi tudo	1.2
saudade	1.2
saudades	1.2
seja bem vinda	1.2
seja bem vindo	1.2
serviu	1.2
sonho	1.2
tudo correto	1.2
zerada	1.2
zerado	1.2
abraçao	1.0
abraço	1.0
abraços	1.0
abs	1.0
beijão	1.0
beijinho	1.0
beijinhos	1.0
beijo	1.0
beijoca	1.0
beijocas	1.0
beijos	1.0
beijus	1.0
bj	1.0
bjinhos	1.0
bjks	1.0
bjo	1.0
bjos	1.0
bjs	1.0
bjss	1.0
bjus	1.0
bjuss	1.0
chegou sim	1.0
chorei de rir	1.0
correta	1.0
corretamente	1.0
corretas	1.0
correto	1.0
corretos	1.0
de graça	1.0
decente	1.0
decentes	1.0
dei risada	1.0
grátis	1.0
interessante	1.0
interessantes	1.0
maravilha então	1.0
me matei de rir	1.0
morri de rir	1.0
ótimo então	1.0
perfeito então	1.0
preço baixo	1.0
preços baixos	1.0
rachei de rir	1.0
recebi a encomenda	1.0
recebi meu pedido	1.0
recebi minha compra	1.0
recebi minha encomenda	1.0
recebi o pedido	1.0
recebi o produto	1.0
recebi os produtos	1.0
recebi sim	1.0
tudo em ordem	1.0
xero	1.0
acessíveis	0.8
acessível	0.8
até logo	0.8
até mais	0.8
atenção	0.8
barato	0.8
baratos	0.8
boa escolha	0.8
boa ideia	0.8
boa opção	0.8
boa pergunta	0.8
boa semana	0.8
boa sexta	0.8
bom descanso	0.8
bom domingo	0.8
bom feriado	0.8
bom fim de semana	0.8
bom final de semana	0.8
bom sábado	0.8
bom saber	0.8
bom trabalho para vocês	0.8
bom trabalho pra vocês	0.8
chegou hoje	0.8
chegou ontem	0.8
compreendo	0.8
descontinho	0.8
divertida	0.8
divertidas	0.8
divertido	0.8
divertidos	0.8
engraçada	0.8
engraçadíssimo	0.8
engraçado	0.8
entendo perfeitamente	0.8
faz sentido	0.8
fica bem	0.8
fiquem bem	0.8
funciona	0.8
funcionando	0.8
já recebi	0.8
no seu tempo	0.8
ótima semana	0.8
ótimo fim de semana	0.8
ótimo final de semana	0.8
paciência	0.8
quando puder	0.8
recebi hoje	0.8
suave	0.8
td certo	0.8
tudo certo	0.8
tudo ok	0.8
tudo okay	0.8
um abraço	0.8
um beijo	0.8
aceitáveis	0.6
aceitável	0.6
ahaha	0.6
ahahah	0.6
ahahaha	0.6
barata	0.6
baratas	0.6
curiosa	0.6
curioso	0.6
desconto	0.6
haahaha	0.6
haha	0.6
hahah	0.6
hahaha	0.6
hahahaha	0.6
hehe	0.6
hehehe	0.6
hihi	0.6
hihihi	0.6
huahua	0.6
huahuahua	0.6
kakaka	0.6
kk	0.6
kkk	0.6
kkkk	0.6
kkkkk	0.6
kkkkkk	0.6
ksks	0.6
ksksks	0.6
lol	0.6
promoção	0.6
promoções	0.6
razoáveis	0.6
razoável	0.6
rs	0.6
rsrs	0.6
rsrsrs	0.6
rsrsrsrs	0.6
agradeço a atenção	0.5
agradeço a resposta	0.5
agradeço desde já	0.5
às ordens	0.5
beleza	0.5
beleza então	0.5
belezinha	0.5
blz	0.5
bora	0.5
bora lá	0.5
certo então	0.5
claro que sim	0.5
com certeza	0.5
com ctz	0.5
combinado	0.5
combinado então	0.5
concerteza	0.5
ctz	0.5
cupom de desconto	0.5
de boa então	0.5
de nada	0.5
desde já agradeço	0.5
desde ja grata	0.5
desde já obrigada	0.5
desde já obrigado	0.5
disponha	0.5
entendi obrigada	0.5
entendido obrigada	0.5
está bem	0.5
está certo	0.5
estamos às ordens	0.5
estamos juntos	0.5
fechado então	0.5
imagina	0.5
não faz mal	0.5
não há de quê	0.5
não há mal	0.5
não tem mal	0.5
obrigada desde já	0.5
obrigado desde já	0.5
ok obrigada	0.5
ok obrigado	0.5
ok valeu	0.5
okay obrigada	0.5
pode deixar	0.5
pode ser	0.5
por nada	0.5
promo	0.5
recebemos	0.5
recebi	0.5
recebida	0.5
recebido	0.5
sim claro	0.5
tá bem	0.5
ta bom	0.5
tá certo	0.5
tamo junto	0.5
td bem	0.5
td bom	0.5
tranquilo então	0.5
tudo bem	0.5
tudo bem com vc	0.5
tudo bem com você	0.5
tudo bom	0.5
tudo joia	0.5
vamos lá	0.5
já chegou	0.4
noossa	0.3
nossa	0.3
nossaa	0.3
aceitam devolução	0.0
algum problema	0.0
bela vista	0.0
belo horizonte	0.0
boa madrugada	0.0
boa noite	0.0
boa noite a todos	0.0
boa noite linda	0.0
boa noite querida	0.0
boa noitee	0.0
boa parte	0.0
boa parte do	0.0
boa tarde	0.0
boa tarde a todos	0.0
boa tarde linda	0.0
boa tarde querida	0.0
boa tardee	0.0
boa viagem	0.0
boa vista	0.0
bom dia	0.0
bom dia a todos	0.0
bom dia amor	0.0
bom dia linda	0.0
bom dia querida	0.0
bom dia tudo bem	0.0
bom diaa	0.0
bom diaaa	0.0
bom jesus	0.0
bom retiro	0.0
bom sucesso	0.0
campo belo	0.0
caro cliente	0.0
caro senhor	0.0
caros clientes	0.0
como faço para devolver	0.0
como faço pra devolver	0.0
como funciona a devolução	0.0
como funciona a troca	0.0
conjunto top	0.0
de bom tamanho	0.0
demora em média	0.0
demora mais ou menos	0.0
demora quanto tempo	0.0
demora quantos dias	0.0
desculpa a demora	0.0
desculpa o incômodo	0.0
desculpa o transtorno	0.0
desculpa pela demora	0.0
desculpe a demora	0.0
desculpe o incômodo	0.0
desculpe o transtorno	0.0
desculpe pela demora	0.0
desculpe pelo transtorno	0.0
do top	0.0
e nada mais	0.0
esse top	0.0
este top	0.0
fica bom	0.0
ficaria bom	0.0
foi mal	0.0
foi mal aí	0.0
garantia legal	0.0
já chegou a hora	0.0
lamentamos o transtorno	0.0
leve a mal	0.0
mal aí	0.0
mal chegou	0.0
mal recebi	0.0
melhor data	0.0
melhor dia	0.0
melhor forma	0.0
melhor horário	0.0
melhor maneira	0.0
melhor opção	0.0
monte alegre	0.0
muito bom dia	0.0
não leve a mal	0.0
não me leve a mal	0.0
no top	0.0
o melhor seria	0.0
o que é melhor	0.0
o que fica melhor	0.0
o top	0.0
oi amor	0.0
oi gata	0.0
oi gatas	0.0
oi linda	0.0
oi lindas	0.0
oi lindo	0.0
oi querida	0.0
oi querido	0.0
oie amor	0.0
olá linda	0.0
olá querida	0.0
pedimos desculpa pelo transtorno	0.0
perdão pela demora	0.0
perdoe a demora	0.0
política de devolução	0.0
por mal	0.0
porto alegre	0.0
posso devolver	0.0
prazo de devolução	0.0
prazo legal	0.0
prazo para devolução	0.0
qual a melhor	0.0
qual a política de devolução	0.0
qual é a melhor	0.0
qual é o melhor	0.0
qual melhor	0.0
qual o melhor	0.0
qual seria a melhor	0.0
qual seria o melhor	0.0
qualquer problema	0.0
quanto tempo demora	0.0
quanto tempo demora a entrega	0.0
quanto tempo demora o frete	0.0
quanto tempo demora para chegar	0.0
quanto tempo demora pra chegar	0.0
quantos dias demora	0.0
será que fica bom	0.0
seria melhor	0.0
top branco	0.0
top com bojo	0.0
top cropped	0.0
top de academia	0.0
top de alcinha	0.0
top de renda	0.0
top e saia	0.0
top e short	0.0
top faixa	0.0
top fitness	0.0
top g	0.0
top m	0.0
top nadador	0.0
top p	0.0
top preto	0.0
um top	0.0
vai ficar bom	0.0
vocês fazem devolução	0.0
fico esperando	-0.3
a aguardar	-0.4
qualidade razoável	-0.4
a única coisa	-0.6
acabou o estoque	-0.6
chocada	-0.6
chocado	-0.6
cobrança	-0.6
devolução	-0.6
devoluções	-0.6
esgotada	-0.6
esgotadas	-0.6
esgotado	-0.6
esgotados	-0.6
esgotou	-0.6
esperando	-0.6
estornar	-0.6
estou aguardando	-0.6
fora de estoque	-0.6
indisponível	-0.6
mais ou menos satisfeita	-0.6
normalzinha	-0.6
normalzinho	-0.6
ok só	-0.6
qual a previsão	-0.6
razoável só	-0.6
reembolsar	-0.6
sem estoque	-0.6
simplesinha	-0.6
simplesinho	-0.6
só um detalhe	-0.6
tem previsão	-0.6
tô aguardando	-0.6
um detalhe	-0.6
única coisa	-0.6
atraso pequeno	-0.8
cancelamentos	-0.8
cancelar	-0.8
caralho	-0.8
caro	-0.8
caros	-0.8
comum demais	-0.8
crl	-0.8
devolver	-0.8
devolvida	-0.8
devolvido	-0.8
devolvidos	-0.8
esperei	-0.8
estorno	-0.8
estornos	-0.8
estou à espera	-0.8
estou esperando	-0.8
faz muito tempo	-0.8
faz tempo	-0.8
há muito tempo	-0.8
já faz	-0.8
já são	-0.8
krl	-0.8
leve atraso	-0.8
mais ou menos	-0.8
mediana	-0.8
medianas	-0.8
mediano	-0.8
medianos	-0.8
meh	-0.8
muito tempo	-0.8
nada de especial	-0.8
nada de mais	-0.8
nada demais	-0.8
nada especial	-0.8
não entendo	-0.8
o único problema	-0.8
pequena mancha	-0.8
pequeno atraso	-0.8
pequeno defeito	-0.8
pequeno problema	-0.8
pouco cara	-0.8
poxa	-0.8
qualidade regular	-0.8
reembolço	-0.8
reembolso	-0.8
reembolsos	-0.8
regular demais	-0.8
ressalva	-0.8
simplória	-0.8
simplório	-0.8
só achei	-0.8
só não gostei	-0.8
só não gostei de	-0.8
tanto tempo	-0.8
tô esperando	-0.8
um pouco atrasada	-0.8
um pouco atrasado	-0.8
única ressalva	-0.8
único problema	-0.8
vish	-0.8
vixe	-0.8
aguardando resposta	-1.0
aguardando retorno	-1.0
aguardando um retorno	-1.0
aguardando uma resposta	-1.0
aguardo uma resposta	-1.0
ai ai	-1.0
alguma atualização	-1.0
alguma notícia	-1.0
alguma novidade	-1.0
alguma previsão	-1.0
apertada	-1.0
apertadas	-1.0
apertado	-1.0
apertados	-1.0
cancelada	-1.0
cancelado	-1.0
cancelamento	-1.0
demora	-1.0
já faz tempo	-1.0
lamentamos	-1.0
lamento	-1.0
meio cara	-1.0
não amei	-1.0
não caiu ainda	-1.0
não deixa	-1.0
não tenho condições	-1.0
o pix não caiu	-1.0
pagamento não caiu	-1.0
pix não caiu	-1.0
poxa vida	-1.0
preciso de ajuda	-1.0
probleminha	-1.0
puxa vida	-1.0
qualidade mediana	-1.0
sério mesmo	-1.0
sumida	-1.0
tenho que esperar	-1.0
um pouco cara	-1.0
urgência	-1.0
usar a garantia	-1.0
vai demorar	-1.0
achei cara	-1.2
achei caro	-1.2
acionar a garantia	-1.2
afe	-1.2
aff	-1.2
afff	-1.2
affs	-1.2
afs	-1.2
aguardando uma posição	-1.2
ai ai ai	-1.2
ainda falta muito	-1.2
ajuda por favor	-1.2
alguma resposta	-1.2
apagada	-1.2
apagado	-1.2
arff	-1.2
cacete	-1.2
cancela	-1.2
cancelei	-1.2
cancelem	-1.2
com urgência	-1.2
como assim	-1.2
complicada	-1.2
complicadas	-1.2
complicado	-1.2
complicados	-1.2
confusa	-1.2
confuso	-1.2
devolva	-1.2
devolve	-1.2
devolvi	-1.2
diabo	-1.2
diabos	-1.2
difíceis	-1.2
difícil	-1.2
dificuldade	-1.2
dificuldades	-1.2
está cara	-1.2
está caro	-1.2
estornem	-1.2
estranha	-1.2
estranhas	-1.2
estranho	-1.2
estranhos	-1.2
falar com uma pessoa	-1.2
ficou cara	-1.2
ficou caro	-1.2
já faz muito tempo	-1.2
já passaram	-1.2
material fino	-1.2
me ajuda por favor	-1.2
nada a ver	-1.2
nada haver	-1.2
nada ver	-1.2
não aceita	-1.2
não aceitou	-1.2
não acredito	-1.2
não consigo	-1.2
não estou entendendo	-1.2
não foi aprovado	-1.2
não passou	-1.2
não tô entendendo	-1.2
opaca	-1.2
opaco	-1.2
pano fino	-1.2
parado	-1.2
ponto fraco	-1.2
pra ontem	-1.2
preciso devolver	-1.2
preciso trocar	-1.2
preço alto	-1.2
preço elevado	-1.2
quero devolver	-1.2
quero falar com um atendente	-1.2
quero falar com uma atendente	-1.2
quero trocar	-1.2
receio	-1.2
receosa	-1.2
receoso	-1.2
reembolsem	-1.2
robô	-1.2
só chegou	-1.2
tá cara	-1.2
tá caro	-1.2
tecido fino	-1.2
tenho que devolver	-1.2
tenho que trocar	-1.2
trabalhosa	-1.2
trabalhoso	-1.2
urgente	-1.2
urgentemente	-1.2
vou devolver	-1.2
vou ter que esperar	-1.2
vou ter que trocar	-1.2
a mesma resposta	-1.4
ainda vai demorar	-1.4
alguém por aí	-1.4
apreensiva	-1.4
apreensivo	-1.4
até quando	-1.4
balela	-1.4
cheiro forte	-1.4
como pode	-1.4
compra recusada	-1.4
destinatário ausente	-1.4
devagar	-1.4
e nada	-1.4
é urgente	-1.4
esquisita	-1.4
esquisitas	-1.4
esquisito	-1.4
esquisitos	-1.4
está complicado	-1.4
está difícil	-1.4
falar com um humano	-1.4
frágeis	-1.4
frágil	-1.4
fragilzinho	-1.4
incomoda	-1.4
incomodou	-1.4
insegura	-1.4
insegurança	-1.4
inseguro	-1.4
já enviei email	-1.4
já liguei	-1.4
já mandei email	-1.4
já mandei mensagem	-1.4
já se passaram	-1.4
kd	-1.4
mal	-1.4
me ajudem	-1.4
murcha	-1.4
murcho	-1.4
não cabe	-1.4
não cabem	-1.4
não consigo acessar	-1.4
não consigo comprar	-1.4
não consigo entender	-1.4
não consigo finalizar	-1.4
não consigo finalizar a compra	-1.4
não consigo pagar	-1.4
não é grande coisa	-1.4
não é lá essas coisas	-1.4
não veste	-1.4
nunca tem	-1.4
nunca tem estoque	-1.4
nunca tem meu tamanho	-1.4
pagamento recusado	-1.4
para variar	-1.4
pena que	-1.4
perdida	-1.4
ponto negativo	-1.4
pontos negativos	-1.4
pra variar	-1.4
putz	-1.4
que estranho	-1.4
recusada	-1.4
recusado	-1.4
sem brilho	-1.4
sem vida	-1.4
tá complicado	-1.4
tá difícil	-1.4
taxação	-1.4
taxado	-1.4
tentativa de entrega	-1.4
travado	-1.4
vai demorar muito	-1.4
cansada	-1.5
cansado	-1.5
aguardo resposta urgente	-1.6
aguardo um retorno urgente	-1.6
ah não	-1.6
ai não	-1.6
alguém aí	-1.6
alguém pode me responder	-1.6
argh	-1.6
bem cara	-1.6
bem diferente	-1.6
bug	-1.6
bugada	-1.6
bugado	-1.6
bugou	-1.6
burocracia	-1.6
burocrática	-1.6
burocrático	-1.6
cancelar meu pedido	-1.6
cancelar minha compra	-1.6
cansativa	-1.6
cansativo	-1.6
caro pra mim	-1.6
choque	-1.6
como é que pode	-1.6
comprida demais	-1.6
comprido demais	-1.6
cor apagada	-1.6
cor diferente	-1.6
cor não é a mesma	-1.6
curta demais	-1.6
curto demais	-1.6
demorada	-1.6
demoradas	-1.6
demorado	-1.6
demorados	-1.6
desconfiada	-1.6
desconfiado	-1.6
desconfiança	-1.6
deus me livre	-1.6
deus me livre e guarde	-1.6
devolvam	-1.6
é sério isso	-1.6
em choque	-1.6
envergonhada	-1.6
envergonhado	-1.6
esperando resposta	-1.6
esperando retorno	-1.6
esperando uma resposta	-1.6
esperava outra coisa	-1.6
esperei demais	-1.6
esperei muito	-1.6
esperei tanto	-1.6
está louco	-1.6
está salgado	-1.6
expliquem	-1.6
ficou apertada	-1.6
ficou apertado	-1.6
ficou comprida	-1.6
ficou comprido	-1.6
ficou curta	-1.6
ficou curto	-1.6
ficou enorme	-1.6
ficou grande	-1.6
ficou larga	-1.6
ficou largo	-1.6
ficou minúsculo	-1.6
ficou pequena	-1.6
ficou pequeno	-1.6
fora do meu orçamento	-1.6
forma grande	-1.6
forma pequena	-1.6
forma pequeno	-1.6
grande demais	-1.6
impossíveis	-1.6
impossível	-1.6
inacreditável	-1.6
inacreditável isso	-1.6
incômodo	-1.6
infelizmente	-1.6
irritação	-1.6
larga demais	-1.6
largo demais	-1.6
maior do que esperava	-1.6
maior que o esperado	-1.6
mais claro que na foto	-1.6
mais escuro que na foto	-1.6
mais ou menos viu	-1.6
me dá um retorno	-1.6
me dê uma resposta	-1.6
me deem um retorno	-1.6
me deem uma posição	-1.6
me expliquem	-1.6
me responde por favor	-1.6
menor do que esperava	-1.6
menor do que eu esperava	-1.6
menor que eu esperava	-1.6
menor que o esperado	-1.6
não abre	-1.6
não acredito nisso	-1.6
não bate	-1.6
não bate com a tabela	-1.6
não bate o tamanho	-1.6
não confere	-1.6
não consigo rastrear	-1.6
não é a mesma cor	-1.6
não é o que eu esperava	-1.6
não é possível	-1.6
não entendi nada	-1.6
não era bem o que eu esperava	-1.6
não era o que eu esperava	-1.6
não liga	-1.6
não pode ser	-1.6
nem a pau	-1.6
nem ferrando	-1.6
nem pensar	-1.6
oh não	-1.6
ora bolas	-1.6
outro tom	-1.6
pequena demais	-1.6
pequeno demais	-1.6
pesado no bolso	-1.6
pff	-1.6
pfff	-1.6
por favor me responde	-1.6
preciso com urgência	-1.6
preciso de resposta	-1.6
preciso de um retorno	-1.6
preciso de uma posição	-1.6
preciso de uma resposta	-1.6
preciso de uma solução	-1.6
preciso urgente	-1.6
preço puxado	-1.6
preço salgado	-1.6
preocupação	-1.6
preocupada	-1.6
preocupadas	-1.6
preocupado	-1.6
preocupados	-1.6
problema	-1.6
problemas	-1.6
prr	-1.6
putz grila	-1.6
quanto tempo ainda	-1.6
quanto tempo mais	-1.6
quero explicações	-1.6
quero falar com alguém	-1.6
quero falar com um humano	-1.6
quero falar com uma pessoa	-1.6
quero resposta	-1.6
quero um retorno	-1.6
quero uma explicação	-1.6
quero uma posição	-1.6
quero uma resposta	-1.6
quero uma solução	-1.6
responde por favor	-1.6
resposta automática	-1.6
resposta pronta	-1.6
respostas automáticas	-1.6
respostas prontas	-1.6
ressarcimento	-1.6
ressarcir	-1.6
sério isso	-1.6
só veio	-1.6
sumido	-1.6
sumidos	-1.6
suspeita	-1.6
ta doido	-1.6
tá louco	-1.6
tá maluco	-1.6
tá puxado	-1.6
tá salgado	-1.6
tamanho não bate	-1.6
tecido transparente	-1.6
tem alguém aí	-1.6
tom diferente	-1.6
transparência demais	-1.6
travando	-1.6
travou	-1.6
ugh	-1.6
uma estrela	-1.6
vácuo	-1.6
veio grande	-1.6
veio maior	-1.6
veio menor	-1.6
veio pequena	-1.6
veio pequeno	-1.6
veste grande	-1.6
veste pequeno	-1.6
alergia	-1.8
alguém me responda	-1.8
alguém me responde	-1.8
alguém responde	-1.8
amador	-1.8
amadora	-1.8
amadores	-1.8
aquém	-1.8
bagunça	-1.8
bagunçado	-1.8
bizarra	-1.8
bizarro	-1.8
brava	-1.8
bravas	-1.8
bravo	-1.8
bravos	-1.8
cadê	-1.8
caríssima	-1.8
caríssimas	-1.8
caríssimo	-1.8
caríssimos	-1.8
coçando	-1.8
coceira	-1.8
com medo	-1.8
com problema	-1.8
com problemas	-1.8
confusão	-1.8
desconfortáveis	-1.8
desconfortável	-1.8
diferente do que	-1.8
droga	-1.8
duvidosa	-1.8
duvidosas	-1.8
duvidoso	-1.8
duvidosos	-1.8
e a minha encomenda	-1.8
e meu pedido	-1.8
e minha encomenda	-1.8
e o meu pedido	-1.8
equivocada	-1.8
equivocado	-1.8
estou com problema	-1.8
estou com um problema	-1.8
exausta	-1.8
exausto	-1.8
faltando	-1.8
faltou	-1.8
fraca	-1.8
fracas	-1.8
fraco	-1.8
fracos	-1.8
medo	-1.8
muito cara	-1.8
não coube	-1.8
não ligou	-1.8
não vestiu	-1.8
nervosa	-1.8
nervoso	-1.8
ngm atende	-1.8
ngm me responde	-1.8
ngm responde	-1.8
ngm respondeu	-1.8
ninguém sabe	-1.8
pinica	-1.8
pinicando	-1.8
por favor respondam	-1.8
porra	-1.8
porra mano	-1.8
pq ngm responde	-1.8
queixar	-1.8
quero cancelar	-1.8
quero falar com a dona	-1.8
quero falar com o dono	-1.8
quero falar com o responsável	-1.8
reclamar	-1.8
respondam	-1.8
respondam por favor	-1.8
ruinzinha	-1.8
ruinzinho	-1.8
sem avisar	-1.8
sem aviso	-1.8
sem condições	-1.8
sem informação	-1.8
sem informações	-1.8
socorro	-1.8
suspeito	-1.8
tive problema	-1.8
tive problemas	-1.8
tive um problema	-1.8
tô com problema	-1.8
um saco	-1.8
1 estrela	-2.0
1 semana esperando	-2.0
a passo de tartaruga	-2.0
aborrecida	-2.0
aborrecido	-2.0
aborrecidos	-2.0
alguém vivo	-2.0
cancela meu pedido	-2.0
chateação	-2.0
chegou tudo partido	-2.0
cheiro estranho	-2.0
código de rastreio inválido	-2.0
código inválido	-2.0
dá erro	-2.0
dando erro	-2.0
decepcionar	-2.0
deixou de dar	-2.0
demorada demais	-2.0
demorando	-2.0
demoraram	-2.0
demorou	-2.0
deu erro	-2.0
deu problema	-2.0
deu problemas	-2.0
devolvido ao remetente	-2.0
dias e dias	-2.0
dias esperando	-2.0
e o estorno	-2.0
e o reembolso	-2.0
enchendo o saco	-2.0
encher o saco	-2.0
erro	-2.0
erros	-2.0
está partida	-2.0
está partido	-2.0
estressada	-2.0
estressado	-2.0
estresse	-2.0
facada	-2.0
faz 1 semana	-2.0
faz 10 dias	-2.0
faz 12 dias	-2.0
faz 5 dias	-2.0
faz 7 dias	-2.0
faz cinco dias	-2.0
faz dez dias	-2.0
faz dias	-2.0
faz sete dias	-2.0
faz uma semana	-2.0
ficou preto	-2.0
ficou verde	-2.0
funciona mal	-2.0
funcionou mal	-2.0
furo	-2.0
furos	-2.0
há 1 semana	-2.0
há 10 dias	-2.0
há 5 dias	-2.0
há 7 dias	-2.0
há dias	-2.0
há uma semana	-2.0
indenização	-2.0
já faz dias	-2.0
já faz uma semana	-2.0
já passaram dias	-2.0
já passou uma semana	-2.0
já reclamei	-2.0
lenta	-2.0
lentas	-2.0
lentidão	-2.0
lento	-2.0
lentos	-2.0
lerda	-2.0
lerdeza	-2.0
lerdo	-2.0
linha solta	-2.0
linhas soltas	-2.0
machuca	-2.0
machucou	-2.0
mais de 1 semana	-2.0
mais de 10 dias	-2.0
mais de uma semana	-2.0
mancha	-2.0
manchas	-2.0
me respondam	-2.0
mediocre	-2.0
medíocres	-2.0
muito devagar	-2.0
muito diferente	-2.0
não aparece no rastreio	-2.0
não atualiza	-2.0
não atualiza o rastreio	-2.0
não carrega	-2.0
não carregou	-2.0
não chega	-2.0
não cola	-2.0
não consigo contato	-2.0
não consta	-2.0
não dá sinal	-2.0
não é o que esperava	-2.0
não encaixa	-2.0
não encaixou	-2.0
não encontrado	-2.0
não era o que esperava	-2.0
não fecha	-2.0
não fechou	-2.0
não gostei de nada	-2.0
não gostei nada	-2.0
não gruda	-2.0
não liga nem desliga	-2.0
não localizado	-2.0
não segura	-2.0
não serve	-2.0
não serviram	-2.0
não serviu	-2.0
não tem condições	-2.0
não tem nada a ver	-2.0
não veio	-2.0
não vieram	-2.0
não vieram entregar	-2.0
nem tentaram entregar	-2.0
ninguém veio entregar	-2.0
o carteiro não veio	-2.0
objeto não localizado	-2.0
onde está a encomenda	-2.0
parado há dias	-2.0
parado há uma semana	-2.0
parado na transportadora	-2.0
parado no mesmo lugar	-2.0
parado nos correios	-2.0
partiu-se	-2.0
por favor me respondam	-2.0
pqp	-2.0
preocupante	-2.0
preso na alfândega	-2.0
problemática	-2.0
problemático	-2.0
q saco	-2.0
que confusão	-2.0
que saco	-2.0
queixa	-2.0
queixas	-2.0
quero cancelar meu pedido	-2.0
quero cancelar minha compra	-2.0
quero cancelar o pedido	-2.0
quero falar com alguém responsável	-2.0
quero falar com o gerente	-2.0
rastreamento parado	-2.0
rastreio não anda	-2.0
rastreio não atualiza	-2.0
rastreio parado	-2.0
reclamando	-2.0
reclamei	-2.0
retido	-2.0
retido na alfândega	-2.0
retornou ao remetente	-2.0
sem paciência	-2.0
sem posição	-2.0
sem posicionamento	-2.0
só robô	-2.0
stress	-2.0
tem alguém vivo	-2.0
trabalha mal	-2.0
uma confusão	-2.0
uma facada	-2.0
uma semana esperando	-2.0
vencida	-2.0
vencidas	-2.0
vencido	-2.0
vencidos	-2.0
vinha partida	-2.0
vinha partido	-2.0
voltou para o remetente	-2.0
voltou pro remetente	-2.0
vou cancelar	-2.0
vou cancelar a compra	-2.0
vou cancelar o pedido	-2.0
abandonada	-2.2
abandonado	-2.2
aborrecimento	-2.2
aborrecimentos	-2.2
amadorismo	-2.2
amassada	-2.2
amassadas	-2.2
amassado	-2.2
amassados	-2.2
apertada demais	-2.2
apertado demais	-2.2
aquém do esperado	-2.2
arranhada	-2.2
arranhadas	-2.2
arranhado	-2.2
arranhados	-2.2
arranhão	-2.2
arranhões	-2.2
áspera	-2.2
ásperas	-2.2
áspero	-2.2
ásperos	-2.2
atrasada	-2.2
atrasadas	-2.2
atrasadinho	-2.2
atrasado	-2.2
atrasados	-2.2
brega	-2.2
bregas	-2.2
buraco	-2.2
buracos	-2.2
cafona	-2.2
cafonas	-2.2
cancelem meu pedido	-2.2
cancelem o pedido	-2.2
cansei	-2.2
caro demais da conta	-2.2
caro pra caralho	-2.2
caro pra caramba	-2.2
chata	-2.2
chatas	-2.2
chateada	-2.2
chateadas	-2.2
chateado	-2.2
chateados	-2.2
chatice	-2.2
chatíssima	-2.2
chatíssimo	-2.2
chato	-2.2
chatos	-2.2
chinfrim	-2.2
como sempre atrasada	-2.2
constrangedor	-2.2
constrangedora	-2.2
constrangida	-2.2
constrangido	-2.2
constrangimento	-2.2
de camelô	-2.2
desanimada	-2.2
desanimado	-2.2
desanimador	-2.2
desanimadora	-2.2
desbotadinho	-2.2
descolou	-2.2
desfez	-2.2
desmotivada	-2.2
desmotivado	-2.2
despreparada	-2.2
despreparado	-2.2
despreparados	-2.2
despreparo	-2.2
diferente do esperado	-2.2
dinheiro de volta	-2.2
duro demais	-2.2
é impossível	-2.2
é uma pena	-2.2
errada	-2.2
erradas	-2.2
errado	-2.2
errados	-2.2
erraram	-2.2
errou	-2.2
escureceu	-2.2
esgarçou	-2.2
estou cansada	-2.2
estou cansado	-2.2
estressante	-2.2
feia	-2.2
feias	-2.2
feiinho	-2.2
feio	-2.2
feio isso	-2.2
feios	-2.2
feíssima	-2.2
feíssimo	-2.2
fina demais	-2.2
fino demais	-2.2
fraquinha	-2.2
fraquinho	-2.2
frete caríssimo	-2.2
frete caro	-2.2
frete mais caro que o produto	-2.2
fuleira	-2.2
fuleiro	-2.2
fuleiros	-2.2
impossível falar com alguém	-2.2
impossível falar com vocês	-2.2
imprestáveis	-2.2
imprestável	-2.2
infelicidade	-2.2
infeliz	-2.2
infelizes	-2.2
injusta	-2.2
injusto	-2.2
inúteis	-2.2
inútil	-2.2
já cansei	-2.2
lástima	-2.2
lixada	-2.2
mais de 1 mês	-2.2
mais de um mês	-2.2
mal cheiroso	-2.2
me sinto abandonada	-2.2
medida errada	-2.2
medidas erradas	-2.2
meia boca	-2.2
mequetrefe	-2.2
meus direitos	-2.2
mixuruca	-2.2
mixurucas	-2.2
muito feio isso	-2.2
muito fina	-2.2
muito fino	-2.2
não acende	-2.2
não deu certo	-2.2
não dura	-2.2
não presta	-2.2
não presta pra nada	-2.2
não sei mais o que fazer	-2.2
não sei o que fazer	-2.2
não serve para nada	-2.2
não serve pra nada	-2.2
no vácuo	-2.2
onde anda a minha encomenda	-2.2
onde anda meu pedido	-2.2
onde anda minha encomenda	-2.2
onde está a minha encomenda	-2.2
onde está meu pedido	-2.2
onde está meu produto	-2.2
onde está minha encomenda	-2.2
onde está o meu pedido	-2.2
onde tá meu pedido	-2.2
ordinária	-2.2
ordinário	-2.2
oxidou	-2.2
perdido	-2.2
pesado demais	-2.2
piorando	-2.2
pioraram	-2.2
piorou	-2.2
preço alto demais	-2.2
q chato	-2.2
q droga	-2.2
q pena	-2.2
que chatice	-2.2
que chato	-2.2
que droga	-2.2
que feio	-2.2
que lástima	-2.2
que pena	-2.2
que tristeza	-2.2
salgado demais	-2.2
sem entender nada	-2.2
sem graça	-2.2
sem graça nenhuma	-2.2
sem gracinha	-2.2
sem saber o que fazer	-2.2
suspeitos	-2.2
tabela errada	-2.2
to cansada	-2.2
tosca	-2.2
toscas	-2.2
tosco	-2.2
toscos	-2.2
transparente demais	-2.2
transtorno	-2.2
transtornos	-2.2
triste	-2.2
tristes	-2.2
tristeza	-2.2
uma lástima	-2.2
uma pena	-2.2
vagabundinha	-2.2
vagabundinho	-2.2
veio aberta	-2.2
veio aberto	-2.2
veio outra	-2.2
veio outro	-2.2
vocês estão loucos	-2.2
xexelenta	-2.2
xexelento	-2.2
15 dias esperando	-2.4
20 dias esperando	-2.4
a demorar	-2.4
à espera há	-2.4
à espera há dias	-2.4
à espera há semanas	-2.4
advogada	-2.4
advogado	-2.4
aguardando até agora	-2.4
aguardando até hoje	-2.4
aguardando há dias	-2.4
aguardando há mais de	-2.4
aguardando há semanas	-2.4
aguardo há dias	-2.4
aguardo há semanas	-2.4
ainda aguardando	-2.4
ainda esperando	-2.4
ainda estou a aguardar	-2.4
ainda estou à espera	-2.4
ainda estou aguardando	-2.4
ainda estou esperando	-2.4
ainda não resolveram	-2.4
ameaça	-2.4
ameaçar	-2.4
apagaram meu comentário	-2.4
apagaram meus comentários	-2.4
apagaram o comentário	-2.4
apagaram os comentários	-2.4
apagou meu comentário	-2.4
atrasa	-2.4
atrasam	-2.4
atrasando	-2.4
atrasaram	-2.4
atraso	-2.4
atraso na entrega	-2.4
atrasos	-2.4
atrasou	-2.4
aumentaram o preço	-2.4
avaria	-2.4
avarias	-2.4
bloquearam	-2.4
bloqueou	-2.4
bravíssima	-2.4
cada dia uma desculpa	-2.4
cada hora uma desculpa	-2.4
cancelado sem aviso	-2.4
cancelaram meu pedido	-2.4
cancelaram sem avisar	-2.4
chegou diferente	-2.4
cobrança extra	-2.4
cobraram diferente	-2.4
cobraram frete	-2.4
cobraram taxa	-2.4
completamente diferente	-2.4
continuo a aguardar	-2.4
continuo à espera	-2.4
continuo aguardando	-2.4
continuo esperando	-2.4
conversa fiada	-2.4
cuidado gente	-2.4
dano	-2.4
danos	-2.4
decepciona	-2.4
decepcionam	-2.4
decepcionando	-2.4
deixando no vácuo	-2.4
deixaram no vácuo	-2.4
deixou no vácuo	-2.4
demora muito	-2.4
demora tanto	-2.4
demorando tanto	-2.4
demoraram muito	-2.4
demorou imenso	-2.4
demorou muito	-2.4
demorou tanto	-2.4
desbotou	-2.4
descascou	-2.4
descosturou	-2.4
desculpa esfarrapada	-2.4
desculpas esfarrapadas	-2.4
desculpinha	-2.4
desculpinhas	-2.4
desesperada	-2.4
desesperado	-2.4
desmanchou	-2.4
desperdício	-2.4
dor de cabeça	-2.4
e-mails sem resposta	-2.4
e meu dinheiro	-2.4
e o meu dinheiro	-2.4
em atraso	-2.4
emails sem resposta	-2.4
empurram com a barriga	-2.4
empurrando com a barriga	-2.4
encolheu	-2.4
encomenda atrasada	-2.4
enferrujou	-2.4
enrola	-2.4
enrolação	-2.4
enrolam	-2.4
enrolando	-2.4
enrolaram	-2.4
enrolou	-2.4
entrega atrasada	-2.4
entrega falhou	-2.4
erro no pagamento	-2.4
erro no site	-2.4
esperando até agora	-2.4
esperando até hoje	-2.4
esperando até quando	-2.4
esperando faz dias	-2.4
esperando faz semanas	-2.4
esperando há dias	-2.4
esperando há mais de	-2.4
esperando há semanas	-2.4
esperar até quando	-2.4
espero há dias	-2.4
espero há semanas	-2.4
está a demorar	-2.4
está a demorar imenso	-2.4
está a demorar muito	-2.4
está demorando	-2.4
está demorando muito	-2.4
estão a demorar	-2.4
estão demorando	-2.4
estão me enrolando	-2.4
estou à espera há	-2.4
estou à espera há imenso tempo	-2.4
estou chateada	-2.4
estou chateado	-2.4
estou chateado com	-2.4
estou esperando até agora	-2.4
estou esperando até hoje	-2.4
excluíram meu comentário	-2.4
excluiu meu comentário	-2.4
fake	-2.4
fakes	-2.4
falha	-2.4
falha na entrega	-2.4
falhando	-2.4
falharam	-2.4
falhas	-2.4
falhou	-2.4
falta de aviso	-2.4
farta	-2.4
farto	-2.4
faz 15 dias	-2.4
faz 2 semanas	-2.4
faz 20 dias	-2.4
faz 25 dias	-2.4
faz 3 semanas	-2.4
faz duas semanas	-2.4
faz quinze dias	-2.4
faz semanas	-2.4
faz três semanas	-2.4
faz vinte dias	-2.4
ferrada	-2.4
ferrado	-2.4
ferrou	-2.4
fiquei chateada	-2.4
fiquei chateado	-2.4
fiquei no vácuo	-2.4
fora do ar	-2.4
frete não incluso	-2.4
fui bloqueada	-2.4
fui bloqueado	-2.4
fui ignorada	-2.4
fui ignorado	-2.4
há 15 dias	-2.4
há 2 semanas	-2.4
há 20 dias	-2.4
há dias à espera	-2.4
há duas semanas	-2.4
há imenso tempo	-2.4
há quinze dias	-2.4
há semanas	-2.4
há semanas à espera	-2.4
há três semanas	-2.4
ignorada	-2.4
ignorado	-2.4
ignoram	-2.4
ignorando	-2.4
ignoraram	-2.4
ignorou	-2.4
imenso tempo	-2.4
impossível rastrear	-2.4
irritada	-2.4
irritadas	-2.4
irritado	-2.4
irritados	-2.4
irritante	-2.4
irritantes	-2.4
já enviei vários emails	-2.4
já falei várias vezes	-2.4
já faz duas semanas	-2.4
já faz semanas	-2.4
já mandei mil mensagens	-2.4
já mandei várias mensagens	-2.4
já mandei várias vezes	-2.4
já pedi várias vezes	-2.4
já perguntei mil vezes	-2.4
já perguntei várias vezes	-2.4
lenga lenga	-2.4
leram e não responderam	-2.4
lero lero	-2.4
leu e não respondeu	-2.4
limitaram meu comentário	-2.4
má	-2.4
magoada	-2.4
magoado	-2.4
mais de 15 dias	-2.4
mais de 2 semanas	-2.4
mais de 20 dias	-2.4
mais de 25 dias	-2.4
mais de duas semanas	-2.4
mais de três semanas	-2.4
mais uma desculpa	-2.4
manchou	-2.4
mandei várias mensagens	-2.4
mau	-2.4
maus	-2.4
me bloquearam	-2.4
me bloquearam aqui	-2.4
me bloqueou	-2.4
me bloqueram	-2.4
me deixando no vácuo	-2.4
me deixaram no vácuo	-2.4
me deixou no vácuo	-2.4
me enrolando	-2.4
me enrolaram	-2.4
me enrolou	-2.4
me ignoram	-2.4
me ignorando	-2.4
me ignoraram	-2.4
me ignorou	-2.4
me queixar	-2.4
me respondam por favor	-2.4
mensagens sem resposta	-2.4
mudaram o preço	-2.4
muito tempo de espera	-2.4
muito tempo esperando	-2.4
n chega	-2.4
n chegou	-2.4
n compro mais	-2.4
n compro mais aqui	-2.4
n funciona	-2.4
n recebi	-2.4
n recomendo	-2.4
n responde	-2.4
n respondem	-2.4
n respondeu	-2.4
n serve	-2.4
n serviu	-2.4
n veio	-2.4
nada parecido	-2.4
nada resolvido	-2.4
não adianta	-2.4
não adianta nada	-2.4
não adiantou	-2.4
não adiantou nada	-2.4
não atende	-2.4
não atende o telefone	-2.4
não atende o whats	-2.4
não atendem	-2.4
não atendem o telefone	-2.4
não atendem o whatsapp	-2.4
não atendem o zap	-2.4
não avisaram	-2.4
não compro cá mais	-2.4
não consigo falar com ninguém	-2.4
não dão retorno	-2.4
não dão satisfação	-2.4
não deram retorno	-2.4
não fazem nada	-2.4
não fazem questão	-2.4
não fizeram nada	-2.4
não há resposta	-2.4
não identificaram o pagamento	-2.4
não informaram	-2.4
não me dão retorno	-2.4
não me deram retorno	-2.4
não me informaram	-2.4
não me responde	-2.4
não me respondem	-2.4
não me responderam	-2.4
não me respondeu	-2.4
não obtive resposta	-2.4
não obtive retorno	-2.4
não reconhecem o pagamento	-2.4
não reconheceram o pagamento	-2.4
não resolve nada	-2.4
não resolvem	-2.4
não resolvem nada	-2.4
não resolveram	-2.4
não resolveram nada	-2.4
não resolveu	-2.4
não resolveu nada	-2.4
não responde	-2.4
não responde as mensagens	-2.4
não responde o direct	-2.4
não responde o whatsapp	-2.4
não respondem	-2.4
não respondem aos e-mails	-2.4
não respondem aos emails	-2.4
não respondem as mensagens	-2.4
não respondem direct	-2.4
não respondem mensagem	-2.4
não respondem nada	-2.4
não respondem no direct	-2.4
não respondem o direct	-2.4
não respondem o whatsapp	-2.4
não responderam	-2.4
não respondeu	-2.4
não tenho nenhuma resposta	-2.4
não tenho notícias	-2.4
não tenho resposta	-2.4
não tenho retorno	-2.4
não tive resposta	-2.4
não tive retorno	-2.4
não tomam nenhuma providência	-2.4
não tomam providência	-2.4
não tomaram providência	-2.4
não vale a pena comprar	-2.4
não volto cá	-2.4
naum chegou	-2.4
naum funciona	-2.4
naum recebi	-2.4
naum responde	-2.4
nem me respondem	-2.4
nem me responderam	-2.4
nem previsão	-2.4
nem responde	-2.4
nem respondem	-2.4
nem respondeu	-2.4
nem retorno	-2.4
nem satisfação	-2.4
nem uma resposta	-2.4
nem uma satisfação	-2.4
nenhum retorno	-2.4
nenhuma atualização	-2.4
nenhuma explicação	-2.4
nenhuma informação	-2.4
nenhuma notícia	-2.4
nenhuma novidade	-2.4
nenhuma posição	-2.4
nenhuma previsão	-2.4
nenhuma resposta	-2.4
nenhuma satisfação	-2.4
nenhuma solução	-2.4
nervosíssima	-2.4
ninguém ajuda	-2.4
ninguém atende	-2.4
ninguém atende o telefone	-2.4
ninguém atendeu	-2.4
ninguém avisou	-2.4
ninguém dá retorno	-2.4
ninguém dá satisfação	-2.4
ninguém faz nada	-2.4
ninguém informou	-2.4
ninguém me ajuda	-2.4
ninguém me atende	-2.4
ninguém me atende o telefone	-2.4
ninguém me avisou	-2.4
ninguém me dá retorno	-2.4
ninguém me responde	-2.4
ninguém me respondeu	-2.4
ninguém resolve	-2.4
ninguém resolve nada	-2.4
ninguém responde	-2.4
ninguém responde aos emails	-2.4
ninguém responde às mensagens	-2.4
ninguém responde nada	-2.4
ninguém respondeu	-2.4
ninguém sabe de nada	-2.4
ninguém sabe informar	-2.4
nunca atende	-2.4
nunca atendem	-2.4
nunca me respondem	-2.4
nunca me responderam	-2.4
nunca responde	-2.4
nunca respondem	-2.4
nunca respondeu	-2.4
pedido atrasado	-2.4
pedido cancelado sem motivo	-2.4
pior	-2.4
piores	-2.4
pistola	-2.4
pistolada	-2.4
por que demora tanto	-2.4
por que está demorando	-2.4
por que ninguém responde	-2.4
porque demora tanto	-2.4
porra nenhuma	-2.4
pq demora tanto	-2.4
pq ninguém responde	-2.4
pq tá demorando	-2.4
preço diferente	-2.4
preço mudou	-2.4
problema com a entrega	-2.4
problema com meu pedido	-2.4
problema com o pedido	-2.4
problema na entrega	-2.4
problema no pagamento	-2.4
produto usado	-2.4
q demora	-2.4
quanta demora	-2.4
que demora	-2.4
que seca	-2.4
que transtorno	-2.4
queixei	-2.4
queixo-me	-2.4
quinze dias esperando	-2.4
raios partam	-2.4
reclamação	-2.4
reclamações	-2.4
reclamamos	-2.4
reclamaram	-2.4
reclamo	-2.4
sem atualização	-2.4
sem atualizações	-2.4
sem código de rastreio	-2.4
sem explicação	-2.4
sem justificativa	-2.4
sem nenhum retorno	-2.4
sem nenhuma explicação	-2.4
sem nenhuma informação	-2.4
sem nenhuma previsão	-2.4
sem nenhuma resposta	-2.4
sem nenhuma satisfação	-2.4
sem nenhuma solução	-2.4
sem noção	-2.4
sem notícia	-2.4
sem notícias	-2.4
sem previsão	-2.4
sem rastreio	-2.4
sem resposta	-2.4
sem resposta até agora	-2.4
sem resposta até hoje	-2.4
sem retorno	-2.4
sem retorno até agora	-2.4
sem satisfação	-2.4
sem solução	-2.4
semanas de espera	-2.4
semanas esperando	-2.4
sempre uma desculpa	-2.4
sempre uma desculpa diferente	-2.4
sendo ignorada	-2.4
sendo ignorado	-2.4
sigo aguardando	-2.4
sigo esperando	-2.4
site com erro	-2.4
site fora do ar	-2.4
só desculpa	-2.4
só desculpas	-2.4
só enrolação	-2.4
só enrolam	-2.4
só enrolando	-2.4
só me enrolando	-2.4
subiram o preço	-2.4
superfaturado	-2.4
tá demorando	-2.4
tá demorando muito	-2.4
tanto tempo esperando	-2.4
tão demorando	-2.4
taxa escondida	-2.4
taxa extra	-2.4
taxas escondidas	-2.4
tempo demais	-2.4
tô chateada	-2.4
tô esperando até agora	-2.4
tô esperando até hoje	-2.4
totalmente diferente	-2.4
uma seca	-2.4
várias mensagens sem resposta	-2.4
várias vezes sem resposta	-2.4
veio diferente	-2.4
veio diferente do que esperava	-2.4
vinte dias esperando	-2.4
viram e não responderam	-2.4
visualiza e não responde	-2.4
visualizam e não respondem	-2.4
visualizaram e ignoraram	-2.4
visualizaram e não responderam	-2.4
visualizou e ignorou	-2.4
visualizou e não respondeu	-2.4
viu e não respondeu	-2.4
vou esperar até quando	-2.4
puta	-2.5
putas	-2.5
puto	-2.5
putos	-2.5
ruim	-2.5
ruins	-2.5
0 10	-2.6
a culpa é de vocês	-2.6
a encomenda ainda não chegou	-2.6
a encomenda não chegou	-2.6
a mesma desculpa	-2.6
a minha encomenda ainda não chegou	-2.6
abaixo da expectativa	-2.6
abaixo das expectativas	-2.6
abaixo do esperado	-2.6
abri disputa	-2.6
abri uma disputa	-2.6
abri uma reclamação	-2.6
abrir disputa	-2.6
abrir uma reclamação	-2.6
abusiva	-2.6
abusivas	-2.6
abusivo	-2.6
abusivos	-2.6
abuso	-2.6
acabamento ruim	-2.6
achei que seria melhor	-2.6
ainda nada	-2.6
ainda não chegaram	-2.6
ainda não chegou	-2.6
ainda não despacharam	-2.6
ainda não enviaram	-2.6
ainda não foi enviada	-2.6
ainda não foi enviado	-2.6
ainda não foi postado	-2.6
ainda não mandaram	-2.6
ainda não postaram	-2.6
ainda não recebemos	-2.6
ainda não recebi	-2.6
ainda não recebi a minha encomenda	-2.6
ainda não recebi nada	-2.6
ainda pior	-2.6
ameaçando	-2.6
atendente grossa	-2.6
atendente grosso	-2.6
atendente mal educada	-2.6
atendimento demorado	-2.6
atendimento despreparado	-2.6
atendimento fraco	-2.6
atendimento lento	-2.6
atendimento ruim	-2.6
avaliação negativa	-2.6
avariada	-2.6
avariadas	-2.6
avariado	-2.6
avariados	-2.6
avariou	-2.6
baixa qualidade	-2.6
baixíssima qualidade	-2.6
bem chateada	-2.6
bolor	-2.6
bolorento	-2.6
cadê a devolução	-2.6
cadê a encomenda	-2.6
cadê a minha compra	-2.6
cadê a minha encomenda	-2.6
cadê a resposta	-2.6
cadê a resposta de vocês	-2.6
cadê meu estorno	-2.6
cadê meu pedido	-2.6
cadê meu produto	-2.6
cadê meu reembolso	-2.6
cadê meus produtos	-2.6
cadê minha compra	-2.6
cadê minha encomenda	-2.6
cadê minhas coisas	-2.6
cadê o código de rastreamento	-2.6
cadê o código de rastreio	-2.6
cadê o estorno	-2.6
cadê o meu pedido	-2.6
cadê o meu produto	-2.6
cadê o pedido	-2.6
cadê o produto	-2.6
cadê o rastreio	-2.6
cadê o reembolso	-2.6
cadê o respeito	-2.6
cadê o retorno	-2.6
cadê vcs	-2.6
cadê vocês	-2.6
caos	-2.6
caótico	-2.6
catinga	-2.6
cdc	-2.6
chamei e ninguém respondeu	-2.6
chamei no direct e nada	-2.6
chamei no whats e nada	-2.6
chamei várias vezes	-2.6
chargeback	-2.6
chegou faltando	-2.6
chegou incompleta	-2.6
chegou incompleto	-2.6
cheiro de mofo	-2.6
cheiro de queimado	-2.6
cheiro ruim	-2.6
cilada	-2.6
código de defesa do consumidor	-2.6
código de rastreio não funciona	-2.6
código do consumidor	-2.6
código não funciona	-2.6
com defeito	-2.6
com má vontade	-2.6
compra ruim	-2.6
conheço meus direitos	-2.6
contestar a compra	-2.6
contestar no cartão	-2.6
contestei a compra	-2.6
cor desbotada	-2.6
costura solta	-2.6
costura torta	-2.6
costuras tortas	-2.6
culpa de vocês	-2.6
culpa sua	-2.6
danificada	-2.6
danificadas	-2.6
danificado	-2.6
danificados	-2.6
de baixa qualidade	-2.6
de má qualidade	-2.6
de novo isso	-2.6
de quinta categoria	-2.6
decepcionaram	-2.6
decepcionei	-2.6
decepcionou	-2.6
defeito	-2.6
defeitos	-2.6
defeituosa	-2.6
defeituosas	-2.6
defeituoso	-2.6
defeituosos	-2.6
defesa do consumidor	-2.6
deixa a desejar	-2.6
deixa muito a desejar	-2.6
deixando a desejar	-2.6
deixou a desejar	-2.6
deixou muito a desejar	-2.6
delegacia	-2.6
denúncia	-2.6
denunciada	-2.6
denunciado	-2.6
denunciar	-2.6
denúncias	-2.6
derramado	-2.6
derramou	-2.6
derreteu	-2.6
derretido	-2.6
desbotada	-2.6
desbotadas	-2.6
desbotado	-2.6
desbotados	-2.6
desbotando	-2.6
descascada	-2.6
descascado	-2.6
descascando	-2.6
descolado	-2.6
descolando	-2.6
descosturada	-2.6
descosturado	-2.6
descosturados	-2.6
desculpa de sempre	-2.6
desfiada	-2.6
desfiado	-2.6
desfiou	-2.6
desgastada	-2.6
desgastado	-2.6
desinteresse	-2.6
desorganização	-2.6
desorganizada	-2.6
desorganizado	-2.6
desorganizados	-2.6
desperdício de tempo	-2.6
destruída	-2.6
destruídas	-2.6
destruído	-2.6
destruídos	-2.6
deu defeito	-2.6
devolução do dinheiro	-2.6
devolução do meu dinheiro	-2.6
direito do consumidor	-2.6
direitos do consumidor	-2.6
empurram a culpa	-2.6
encardida	-2.6
encardido	-2.6
encomenda ainda não chegou	-2.6
encomenda não chegou	-2.6
enferrujada	-2.6
enferrujado	-2.6
entrega não realizada	-2.6
escurecendo	-2.6
esperava bem mais	-2.6
esperava mais	-2.6
esperava mais qualidade	-2.6
esperava melhor	-2.6
esperava muito mais	-2.6
está avariada	-2.6
está avariado	-2.6
estou lixada	-2.6
estou lixado	-2.6
estragada	-2.6
estragadas	-2.6
estragado	-2.6
estragados	-2.6
estragou	-2.6
exijo	-2.6
exorbitante	-2.6
exorbitantes	-2.6
experiência ruim	-2.6
expor essa loja	-2.6
extraviou	-2.6
falta de atenção	-2.6
falta de atendimento	-2.6
falta de compromisso	-2.6
falta de comunicação	-2.6
falta de consideração	-2.6
falta de cuidado	-2.6
falta de educação	-2.6
falta de informação	-2.6
falta de organização	-2.6
falta de profissionalismo	-2.6
falta de qualidade	-2.6
falta de responsabilidade	-2.6
falta de vontade	-2.6
faltando itens	-2.6
faltando peça	-2.6
faltando um item	-2.6
faltando uma peça	-2.6
faltou coisa	-2.6
faltou item	-2.6
faltou peça	-2.6
faltou um item	-2.6
faltou um produto	-2.6
faltou uma parte	-2.6
faltou uma peça	-2.6
fazendo bolinha	-2.6
fazendo pouco caso	-2.6
fedendo	-2.6
fedida	-2.6
fedido	-2.6
fedor	-2.6
ferrugem	-2.6
fez bolinha	-2.6
fez bolinhas	-2.6
fio puxado	-2.6
fios puxados	-2.6
fizeram pouco caso	-2.6
foi grossa	-2.6
foi grosso	-2.6
fora da validade	-2.6
foram grossos	-2.6
frete abusivo	-2.6
fui mal atendida	-2.6
fui mal atendido	-2.6
fui mal tratada	-2.6
fui mal tratado	-2.6
fui maltratada	-2.6
fui maltratado	-2.6
furada	-2.6
furadas	-2.6
furado	-2.6
furados	-2.6
grosseira	-2.6
grosseiras	-2.6
grosseiro	-2.6
grosseiros	-2.6
grosseria	-2.6
grosseria total	-2.6
impossível de usar	-2.6
imunda	-2.6
imundo	-2.6
incompleta	-2.6
incompletas	-2.6
incompleto	-2.6
incompletos	-2.6
inutilizáveis	-2.6
inutilizável	-2.6
já liguei várias vezes	-2.6
já mandei mensagem várias vezes	-2.6
já reclamei mil vezes	-2.6
já reclamei várias vezes	-2.6
jogam a culpa	-2.6
jogaram a culpa	-2.6
joguei fora	-2.6
juros abusivos	-2.6
lascada	-2.6
lascado	-2.6
lavaram as mãos	-2.6
lavou as mãos	-2.6
liguei mil vezes	-2.6
liguei várias vezes	-2.6
loja ruim	-2.6
má qualidade	-2.6
má vontade	-2.6
mal acabada	-2.6
mal acabadas	-2.6
mal acabado	-2.6
mal acabados	-2.6
mal atendida	-2.6
mal atendido	-2.6
mal costurada	-2.6
mal costurado	-2.6
mal educada	-2.6
mal educadas	-2.6
mal educado	-2.6
mal educados	-2.6
mal embalada	-2.6
mal embaladas	-2.6
mal embalado	-2.6
mal embalados	-2.6
mal empacotado	-2.6
mal feita	-2.6
mal feitas	-2.6
mal feito	-2.6
mal feitos	-2.6
malcriada	-2.6
malcriado	-2.6
malfeita	-2.6
malfeito	-2.6
maltratada	-2.6
maltratado	-2.6
manchada	-2.6
manchadas	-2.6
manchado	-2.6
manchados	-2.6
manchando	-2.6
mandei direct e nada	-2.6
mandei e-mail e nada	-2.6
mandei email e nada	-2.6
mandei mensagem e nada	-2.6
mandei mensagem e ninguém respondeu	-2.6
material de quinta	-2.6
material fraco	-2.6
material ruim	-2.6
material vagabundo	-2.6
mau atendimento	-2.6
mau serviço	-2.6
me trataram mal	-2.6
me tratou mal	-2.6
medidas cabíveis	-2.6
mesma desculpa	-2.6
meu dinheiro de volta	-2.6
meu pedido não chegou	-2.6
minha encomenda não chegou	-2.6
mofada	-2.6
mofado	-2.6
mofados	-2.6
mofo	-2.6
muita dor de cabeça	-2.6
muito abaixo	-2.6
muito chateada	-2.6
nada ainda	-2.6
nada até agora	-2.6
nada da encomenda	-2.6
nada da minha encomenda	-2.6
nada de chegar	-2.6
nada de reembolso	-2.6
nada de resposta	-2.6
nada de retorno	-2.6
nada do estorno	-2.6
nada do meu pedido	-2.6
nada do pedido	-2.6
nada do reembolso	-2.6
não avisaram nada	-2.6
não chega nunca	-2.6
não chegaram	-2.6
não chegou	-2.6
nao chegou ainda	-2.6
não chegou até agora	-2.6
não chegou até hoje	-2.6
não chegou meu pedido	-2.6
não chegou minha encomenda	-2.6
não chegou nada	-2.6
não chegou nada ainda	-2.6
não chegou nada até agora	-2.6
não chegou nada até hoje	-2.6
não chegou o meu pedido	-2.6
não consigo usar	-2.6
não dá para usar	-2.6
não dá pra usar	-2.6
não deram nenhum retorno	-2.6
não deram nenhuma previsão	-2.6
não deram nenhuma resposta	-2.6
não deram nenhuma satisfação	-2.6
não deram nenhuma solução	-2.6
não despacharam	-2.6
não disseram nada	-2.6
não é isso tudo	-2.6
não é problema meu	-2.6
não é tudo isso	-2.6
não entregam	-2.6
não entregaram	-2.6
não entregou	-2.6
não enviaram	-2.6
não enviaram ainda	-2.6
não enviaram tudo	-2.6
não está a funcionar	-2.6
não está funcionando	-2.6
não explicaram nada	-2.6
não falaram nada	-2.6
não foi entregado	-2.6
não foi entregue	-2.6
não foi enviada	-2.6
não foi enviado	-2.6
não foi postado	-2.6
não funciona	-2.6
não funciona bem	-2.6
não funciona direito	-2.6
não funcionou	-2.6
não funcionou direito	-2.6
não informaram nada	-2.6
não mandaram	-2.6
não mandaram tudo	-2.6
não mandou	-2.6
não me avisaram nada	-2.6
não me deram nenhum retorno	-2.6
não me deram nenhuma previsão	-2.6
não me deram nenhuma resposta	-2.6
não me deram nenhuma satisfação	-2.6
não me disseram nada	-2.6
não me explicaram nada	-2.6
não me falaram nada	-2.6
não me informaram nada	-2.6
não me responderam nada	-2.6
não obtive nenhum retorno	-2.6
não obtive nenhuma resposta	-2.6
não postaram	-2.6
não recebemos	-2.6
não recebi	-2.6
não recebi meu pedido	-2.6
não recebi minha encomenda	-2.6
não recebi nada	-2.6
não recebi nada ainda	-2.6
não recebi nada até agora	-2.6
não recebi nada até hoje	-2.6
não recebi nenhum retorno	-2.6
não recebi nenhuma informação	-2.6
não recebi nenhuma resposta	-2.6
não recebi o estorno	-2.6
não recebi o produto	-2.6
não recebi o reembolso	-2.6
não recebi resposta nenhuma	-2.6
não respondem nada mesmo	-2.6
não responderam nada	-2.6
não saiu ainda	-2.6
não saiu para entrega	-2.6
não tá funcionando	-2.6
não tem cabimento	-2.6
não tem como usar	-2.6
não tem ninguém	-2.6
não tem ninguém para atender	-2.6
não tem ninguém para responder	-2.6
não tem ninguém pra atender	-2.6
não tem ninguém pra responder	-2.6
não tenho nenhum retorno	-2.6
não tenho nenhuma informação	-2.6
não tenho nenhuma previsão	-2.6
não tive nenhum retorno	-2.6
não tive nenhuma posição	-2.6
não tive nenhuma resposta	-2.6
não tive nenhuma satisfação	-2.6
não tive nenhuma solução	-2.6
não tive resposta nenhuma	-2.6
não tive retorno nenhum	-2.6
não vale nada	-2.6
não vale um centavo	-2.6
nem chegou	-2.6
nem chegou ainda	-2.6
nem despacharam	-2.6
nem enviaram	-2.6
nem foi enviada	-2.6
nem foi enviado	-2.6
nem postaram	-2.6
nem recebi	-2.6
nem recebi nada	-2.6
nem recebi o produto	-2.6
nem sequer respondem	-2.6
nem sequer responderam	-2.6
nem uma resposta sequer	-2.6
ninguém deu nenhuma satisfação	-2.6
ninguém me deu nenhum retorno	-2.6
ninguém me deu nenhuma resposta	-2.6
ninguém me deu nenhuma satisfação	-2.6
ninguém me deu retorno	-2.6
ninguém me deu satisfação	-2.6
no prejuízo	-2.6
nota 1	-2.6
nunca chega	-2.6
nunca respondem nada	-2.6
nunca tive nenhuma resposta	-2.6
nunca tive resposta	-2.6
nunca tive retorno	-2.6
o meu dinheiro de volta	-2.6
o pedido não chegou	-2.6
o problema é seu	-2.6
o produto não chegou	-2.6
obrigada por nada	-2.6
obrigado por nada	-2.6
onde está o respeito	-2.6
oxidada	-2.6
oxidado	-2.6
papo furado	-2.6
partida ao meio	-2.6
partido ao meio	-2.6
pensei que fosse melhor	-2.6
perda de tempo	-2.6
perdi meu tempo	-2.6
perdi tempo	-2.6
pior ainda	-2.6
podre	-2.6
podres	-2.6
polícia	-2.6
pouco caso	-2.6
prazo de validade vencido	-2.6
preço exorbitante	-2.6
prejuízo	-2.6
prejuízos	-2.6
problema de vocês	-2.6
problema é seu	-2.6
problema seu	-2.6
problemão	-2.6
problemas e mais problemas	-2.6
produto de quinta	-2.6
produto ruim	-2.6
providências cabíveis	-2.6
qualidade baixa	-2.6
qualidade baixíssima	-2.6
qualidade deixa a desejar	-2.6
qualidade duvidosa	-2.6
qualidade inferior	-2.6
qualidade questionável	-2.6
qualidade ruim	-2.6
que grosseria	-2.6
quebrada	-2.6
quebradas	-2.6
quebrado	-2.6
quebrados	-2.6
quebraram	-2.6
quebrou	-2.6
quero a devolução do dinheiro	-2.6
quero a devolução do meu dinheiro	-2.6
quero estorno	-2.6
quero meu estorno	-2.6
quero meu reembolso	-2.6
quero o estorno	-2.6
quero o reembolso	-2.6
quero reembolso	-2.6
rachada	-2.6
rachado	-2.6
rachados	-2.6
rachadura	-2.6
rasgada	-2.6
rasgadas	-2.6
rasgado	-2.6
rasgados	-2.6
rasgão	-2.6
rasgou	-2.6
rastreio não funciona	-2.6
reclamei várias vezes	-2.6
revolta	-2.6
riscada	-2.6
riscadas	-2.6
riscado	-2.6
riscados	-2.6
roubar	-2.6
ruim demais da conta	-2.6
sem cabimento	-2.6
sem educação	-2.6
sem nenhum tipo de resposta	-2.6
sem nenhum tipo de retorno	-2.6
sem respeito	-2.6
sempre a mesma coisa	-2.6
sempre a mesma desculpa	-2.6
serviço fraco	-2.6
serviço ruim	-2.6
só dor de cabeça	-2.6
só problema	-2.6
só problemas	-2.6
solta pelo	-2.6
solta pelos	-2.6
solta tinta	-2.6
soltando pelo	-2.6
soltando pelos	-2.6
soltando tinta	-2.6
soltou tinta	-2.6
suja	-2.6
sujas	-2.6
sujeira	-2.6
sujo	-2.6
sujos	-2.6
sumiram	-2.6
sumiu	-2.6
super chateada	-2.6
taxa abusiva	-2.6
tecido fraco	-2.6
tecido ruim	-2.6
tecido vagabundo	-2.6
tempo perdido	-2.6
tiraram o corpo fora	-2.6
tirou o corpo fora	-2.6
tive prejuízo	-2.6
tô pistola	-2.6
tomar as medidas cabíveis	-2.6
tomarei providências	-2.6
tratada mal	-2.6
tratado mal	-2.6
tratou mal	-2.6
trincada	-2.6
trincado	-2.6
trincados	-2.6
um jogando a culpa no outro	-2.6
uma zona	-2.6
vagabunda	-2.6
vagabundas	-2.6
vagabundo	-2.6
vagabundos	-2.6
valeu por nada	-2.6
vazamento	-2.6
vazando	-2.6
vazou	-2.6
veio faltando	-2.6
veio faltando coisa	-2.6
veio faltando item	-2.6
veio faltando peça	-2.6
veio incompleta	-2.6
veio incompleto	-2.6
vergonha	-2.6
vergonha isso	-2.6
vergonha total	-2.6
vergonhas	-2.6
vinha com defeito	-2.6
vinha estragado	-2.6
violada	-2.6
violado	-2.6
vou abrir disputa	-2.6
vou abrir uma disputa	-2.6
vou abrir uma reclamação	-2.6
vou atrás dos meus direitos	-2.6
vou avaliar negativamente	-2.6
vou contestar	-2.6
vou contestar no cartão	-2.6
vou deixar uma avaliação negativa	-2.6
vou expor	-2.6
vou expor a loja	-2.6
vou expor nas redes	-2.6
vou expor vcs	-2.6
vou expor vocês	-2.6
vou fazer uma reclamação	-2.6
vou jogar fora	-2.6
vou pedir estorno	-2.6
vou pedir meu dinheiro de volta	-2.6
vou pedir reembolso	-2.6
vou postar nos stories	-2.6
vou reclamar	-2.6
vou ter que jogar fora	-2.6
vou tomar providências	-2.6
zona total	-2.6
1 mês esperando	-2.8
a pior	-2.8
absurda	-2.8
absurdas	-2.8
absurdo	-2.8
absurdo isso	-2.8
absurdos	-2.8
andam a gozar	-2.8
angústia	-2.8
angustiada	-2.8
angustiado	-2.8
angustiante	-2.8
arrasada	-2.8
arrasado	-2.8
arrependi	-2.8
arrependi de comprar	-2.8
arrependida	-2.8
arrependida de comprar	-2.8
arrependidas	-2.8
arrependido	-2.8
arrependidos	-2.8
arrependimento	-2.8
arrependo	-2.8
as piores	-2.8
até quando vou esperar	-2.8
até quando vou ter que esperar	-2.8
atrasadíssima	-2.8
atrasadíssimo	-2.8
atraso absurdo	-2.8
atraso enorme	-2.8
atrasou de novo	-2.8
atrasou mais uma vez	-2.8
bando de palhaços	-2.8
cada vez pior	-2.8
cansada de esperar	-2.8
cansado de esperar	-2.8
cansei de esperar	-2.8
caralho de loja	-2.8
chateadíssima	-2.8
chateadíssimo	-2.8
como sempre atrasado	-2.8
de mal a pior	-2.8
de saco cheio	-2.8
demora absurda	-2.8
demora absurda demais	-2.8
demora demais	-2.8
demora enorme	-2.8
demorando demais	-2.8
demorou demais da conta	-2.8
desapontada	-2.8
desapontadas	-2.8
desapontado	-2.8
desapontados	-2.8
desapontamento	-2.8
desapontante	-2.8
descontentamento	-2.8
descontente	-2.8
descontentes	-2.8
desesperador	-2.8
desespero	-2.8
desiludida	-2.8
desiludido	-2.8
desilusão	-2.8
desrespeitada	-2.8
desrespeitado	-2.8
devastada	-2.8
devastado	-2.8
é um assalto	-2.8
esgotou minha paciência	-2.8
estão a gozar	-2.8
estou cansada de esperar	-2.8
estou cansado de esperar	-2.8
estou de saco cheio	-2.8
estou farta	-2.8
estou farta de esperar	-2.8
estou farto	-2.8
estouraram o prazo	-2.8
estourou o prazo	-2.8
extravio	-2.8
falsa	-2.8
falsas	-2.8
falsidade	-2.8
falso	-2.8
falsos	-2.8
farta de esperar	-2.8
farto de esperar	-2.8
faz 1 mês	-2.8
faz 2 meses	-2.8
faz 30 dias	-2.8
faz 40 dias	-2.8
faz 45 dias	-2.8
faz dois meses	-2.8
faz mais de um mês	-2.8
faz meses	-2.8
faz um mês	-2.8
foda-se	-2.8
fodeu	-2.8
fodida	-2.8
fodido	-2.8
fora do prazo	-2.8
frete absurdo	-2.8
frustração	-2.8
frustrada	-2.8
frustradas	-2.8
frustrado	-2.8
frustrados	-2.8
frustrante	-2.8
frustrantes	-2.8
fui lesada	-2.8
fui lesado	-2.8
há 30 dias	-2.8
há mais de um mês	-2.8
há meses	-2.8
há um mês	-2.8
imitação barata	-2.8
indignada	-2.8
indignadas	-2.8
indignado	-2.8
indignados	-2.8
indignante	-2.8
injustiça	-2.8
insatisfação	-2.8
insatisfeita	-2.8
insatisfeitas	-2.8
insatisfeito	-2.8
insatisfeitos	-2.8
já faz meses	-2.8
já faz um mês	-2.8
já passou do prazo	-2.8
já perdi a paciência	-2.8
já vai fazer um mês	-2.8
lamentáveis	-2.8
lamentável	-2.8
lesada	-2.8
lesado	-2.8
livro amarelo	-2.8
magoou	-2.8
mais de 30 dias	-2.8
mais de 40 dias	-2.8
mais de 45 dias	-2.8
mais de 60 dias	-2.8
mais um atraso	-2.8
me ferraram	-2.8
me ferrei	-2.8
me fodi	-2.8
me senti desrespeitada	-2.8
me senti lesada	-2.8
me sinto desrespeitada	-2.8
me sinto desrespeitado	-2.8
me sinto lesada	-2.8
me sinto um palhaço	-2.8
me sinto uma palhaça	-2.8
mega atrasado	-2.8
mentindo	-2.8
mentira	-2.8
mentiras	-2.8
meses de espera	-2.8
meses esperando	-2.8
minha paciência acabou	-2.8
muito atrasada	-2.8
muito atrasado	-2.8
muito insatisfeita	-2.8
não aguento mais	-2.8
não aguento mais esperar	-2.8
não aguento mais isso	-2.8
não chegou ainda e ninguém me responde	-2.8
não chegou ainda e ninguém responde	-2.8
não chegou e nada	-2.8
não chegou e ninguém atende	-2.8
não chegou e ninguém dá retorno	-2.8
não chegou e ninguém me responde	-2.8
não chegou e ninguém resolve	-2.8
não chegou e ninguém responde	-2.8
não chegou nem o pedido nem o reembolso	-2.8
não chegou nem responderam	-2.8
não chegou nem tive resposta	-2.8
não dá mais	-2.8
não dá mais pra esperar	-2.8
não devolvem nem respondem	-2.8
não recebi ainda e ninguém responde	-2.8
não recebi e nada	-2.8
não recebi e ninguém dá retorno	-2.8
não recebi e ninguém me responde	-2.8
não recebi e ninguém resolve	-2.8
não recebi e ninguém responde	-2.8
não recebi nem responderam	-2.8
não recebi nem tive resposta	-2.8
não responde nem resolve	-2.8
não respondem nem resolvem	-2.8
não veio e ninguém me responde	-2.8
não veio e ninguém responde	-2.8
nem responde nem resolve	-2.8
nem respondem nem resolvem	-2.8
o pior	-2.8
o pior de tudo	-2.8
os piores	-2.8
outro atraso	-2.8
paciência tem limite	-2.8
palhaça	-2.8
palhaças	-2.8
palhaço	-2.8
palhaços	-2.8
passou do prazo	-2.8
passou muito do prazo	-2.8
perdendo a paciência	-2.8
perdi a paciência	-2.8
pirataria	-2.8
porra de loja	-2.8
prazo estourado	-2.8
prazo já passou	-2.8
preço absurdo	-2.8
prejudicada	-2.8
prejudicado	-2.8
prejudicados	-2.8
procon	-2.8
produto paraguaio	-2.8
puta merda	-2.8
puta que pariu	-2.8
que assalto	-2.8
que porra	-2.8
que porra é essa	-2.8
raiva	-2.8
réplica barata	-2.8
sacana	-2.8
sacanagem	-2.8
sacanas	-2.8
saco cheio	-2.8
sempre atrasa	-2.8
sempre atrasado	-2.8
sempre atrasam	-2.8
super atrasada	-2.8
super atrasado	-2.8
taxa absurda	-2.8
taxas absurdas	-2.8
to cansada de esperar	-2.8
tô de saco cheio	-2.8
tô farta	-2.8
totalmente insatisfeita	-2.8
tristíssima	-2.8
tristíssimo	-2.8
um assalto	-2.8
um bando de palhaços	-2.8
um mês de espera	-2.8
um mês esperando	-2.8
uma demora absurda	-2.8
xing ling	-2.8
xingling	-2.8
0 estrelas	-3.0
até agora nada	-3.0
até agora não chegou	-3.0
até agora não recebi	-3.0
até agora nenhuma resposta	-3.0
até agora ninguém respondeu	-3.0
até agora sem resposta	-3.0
até hoje nada	-3.0
até hoje não chegou	-3.0
até hoje não enviaram	-3.0
até hoje não recebi	-3.0
até hoje nenhuma resposta	-3.0
até hoje sem resposta	-3.0
atendimento de quinta	-3.0
atendimento lamentável	-3.0
atendimento nota zero	-3.0
atendimento porco	-3.0
atendimento ridículo	-3.0
atendimento vergonhoso	-3.0
atendimento zero	-3.0
burla	-3.0
burlas	-3.0
cadê meu dinheiro	-3.0
cadê o meu dinheiro	-3.0
caí numa furada	-3.0
caixa vazia	-3.0
caixa violada	-3.0
causou alergia	-3.0
chegaram quebradas	-3.0
chegaram quebrados	-3.0
chegou amassada	-3.0
chegou amassado	-3.0
chegou com defeito	-3.0
chegou danificada	-3.0
chegou danificado	-3.0
chegou destruída	-3.0
chegou destruído	-3.0
chegou errada	-3.0
chegou errado	-3.0
chegou estragada	-3.0
chegou estragado	-3.0
chegou manchada	-3.0
chegou manchado	-3.0
chegou outra coisa	-3.0
chegou partida	-3.0
chegou partido	-3.0
chegou podre	-3.0
chegou quebrada	-3.0
chegou quebrado	-3.0
chegou rasgada	-3.0
chegou rasgado	-3.0
chegou suja	-3.0
chegou sujo	-3.0
chegou tudo quebrado	-3.0
chegou vazia	-3.0
chegou vazio	-3.0
chegou violada	-3.0
chegou violado	-3.0
cobrada duas vezes	-3.0
cobrado a mais	-3.0
cobrado duas vezes	-3.0
cobrança dupla	-3.0
cobrança duplicada	-3.0
cobrança em dobro	-3.0
cobrança errada	-3.0
cobrança errada demais	-3.0
cobrança indevida	-3.0
cobranças indevidas	-3.0
cobraram 2 vezes	-3.0
cobraram a mais	-3.0
cobraram duas vezes	-3.0
cobraram em dobro	-3.0
cobraram errado	-3.0
cobraram sem eu comprar	-3.0
cobrou a mais	-3.0
cobrou duas vezes	-3.0
cor diferente da foto	-3.0
cor errada	-3.0
crime	-3.0
debitaram duas vezes	-3.0
decepicionada	-3.0
decepicionado	-3.0
decepicionei	-3.0
decepisionada	-3.0
decepissionada	-3.0
deixou de funcionar	-3.0
denunciei	-3.0
denunciem	-3.0
denunciem essa página	-3.0
deploráveis	-3.0
deplorável	-3.0
desbotou na primeira lavagem	-3.0
descaso	-3.0
descaso absurdo	-3.0
descontaram duas vezes	-3.0
descosturou logo	-3.0
desperdício de dinheiro	-3.0
desrespeito	-3.0
desrespeitosa	-3.0
desrespeitoso	-3.0
deu alergia	-3.0
devolvam meu dinheiro	-3.0
devolvam minha grana	-3.0
devolvam o dinheiro	-3.0
devolvam o meu dinheiro	-3.0
devolve meu dinheiro	-3.0
diferente da descrição	-3.0
diferente da foto	-3.0
diferente das fotos	-3.0
diferente do anunciado	-3.0
diferente do anúncio	-3.0
diferente do que comprei	-3.0
diferente do que pedi	-3.0
diferente do site	-3.0
dinheiro jogado fora	-3.0
dura pouco	-3.0
durou nada	-3.0
durou pouco	-3.0
durou um dia	-3.0
durou uma semana	-3.0
e até agora nada	-3.0
e até hoje nada	-3.0
e nada ainda	-3.0
e nada até agora	-3.0
é uma burla	-3.0
embalagem violada	-3.0
encolheu na lavagem	-3.0
encolheu na primeira lavagem	-3.0
encomenda extraviada	-3.0
encomenda perdida	-3.0
enganada	-3.0
enganadas	-3.0
enganado	-3.0
enganados	-3.0
entregaram errado	-3.0
entrei numa furada	-3.0
enviaram errada	-3.0
enviaram errado	-3.0
escureceu rápido	-3.0
estou a ser enganada	-3.0
estou a ser enganado	-3.0
estragou logo	-3.0
estragou rápido	-3.0
exijo a devolução	-3.0
exijo meu dinheiro	-3.0
exijo meu dinheiro de volta	-3.0
exijo o estorno	-3.0
exijo o reembolso	-3.0
exijo providências	-3.0
exijo uma resposta	-3.0
exijo uma solução	-3.0
extorsão	-3.0
extraviada	-3.0
extraviado	-3.0
extraviados	-3.0
fui cobrada duas vezes	-3.0
fui cobrado duas vezes	-3.0
inaceitável	-3.0
inadmissível	-3.0
irritadíssima	-3.0
irritadíssimo	-3.0
isto é burla	-3.0
isto é uma burla	-3.0
item errado	-3.0
já parou de funcionar	-3.0
jogar dinheiro fora	-3.0
joguei dinheiro fora	-3.0
loja ridícula	-3.0
manchou na primeira lavagem	-3.0
mandaram errada	-3.0
mandaram errado	-3.0
mandaram outra cor	-3.0
mandaram outro modelo	-3.0
mandaram outro tamanho	-3.0
mandou errado	-3.0
me deu alergia	-3.0
me senti enganada	-3.0
me sinto enganada	-3.0
me sinto enganado	-3.0
meu advogado	-3.0
meu pedido sumiu	-3.0
minha advogada	-3.0
minha encomenda sumiu	-3.0
modelo errado	-3.0
nada a ver com a descrição	-3.0
nada a ver com a foto	-3.0
nada a ver com o anúncio	-3.0
nada a ver com o que comprei	-3.0
nada a ver com o que pedi	-3.0
nada parecido com a foto	-3.0
não chegou até agora nada	-3.0
não chegou e até agora nada	-3.0
não condiz	-3.0
não condiz com a descrição	-3.0
não condiz com a foto	-3.0
não condiz com o anúncio	-3.0
não corresponde	-3.0
não corresponde à descrição	-3.0
não corresponde à foto	-3.0
não corresponde ao anúncio	-3.0
não dura nada	-3.0
não durou	-3.0
não durou nada	-3.0
não é igual à foto	-3.0
não é igual ao anúncio	-3.0
não é o que comprei	-3.0
não é o que encomendei	-3.0
não é o que eu comprei	-3.0
não é o que eu pedi	-3.0
não é o que pedi	-3.0
não foi o que comprei	-3.0
não foi o que eu pedi	-3.0
não foi o que pedi	-3.0
não parece com a foto	-3.0
não recebi e até agora nada	-3.0
nem funciona	-3.0
nem funcionou	-3.0
nota 0	-3.0
nota 0 10	-3.0
nota zero	-3.0
numeração errada	-3.0
nunca chegaram	-3.0
nunca chegou	-3.0
nunca entregaram	-3.0
nunca enviaram	-3.0
nunca foi entregue	-3.0
nunca foi enviada	-3.0
nunca foi enviado	-3.0
nunca mandaram	-3.0
nunca recebemos	-3.0
nunca recebi	-3.0
nunca recebi nenhuma resposta	-3.0
nunca recebi resposta	-3.0
o pedido sumiu	-3.0
pacote perdido	-3.0
pacote vazio	-3.0
pacote violado	-3.0
pagamento duplicado	-3.0
pagamento em dobro	-3.0
paguei 2 vezes	-3.0
paguei duas vezes	-3.0
palhaçada	-3.0
palhaçadas	-3.0
parabéns pelo descaso	-3.0
parece usada	-3.0
parece usado	-3.0
parou de funcionar	-3.0
peça errada	-3.0
pedido errado	-3.0
pedido extraviado	-3.0
pedido perdido	-3.0
pedido trocado	-3.0
perderam a minha encomenda	-3.0
perderam meu pedido	-3.0
perderam minha encomenda	-3.0
perderam o meu pedido	-3.0
perdi meu dinheiro	-3.0
perdi o meu dinheiro	-3.0
produto errado	-3.0
produto trocado	-3.0
putíssima	-3.0
putíssimo	-3.0
qualidade nenhuma	-3.0
qualidade zero	-3.0
que burla	-3.0
que furada	-3.0
quebrou logo	-3.0
quebrou na primeira	-3.0
quebrou na primeira vez	-3.0
quebrou no primeiro uso	-3.0
quebrou rápido	-3.0
quero meu dinheiro	-3.0
quero meu dinheiro de volta	-3.0
quero minha grana de volta	-3.0
quero o meu dinheiro	-3.0
quero o meu dinheiro de volta	-3.0
rasgar dinheiro	-3.0
rasgou logo	-3.0
rasgou na primeira lavagem	-3.0
reclame aqui	-3.0
reclameaqui	-3.0
revoltante	-3.0
ridícula	-3.0
ridículas	-3.0
ridículo	-3.0
ridiculo demais	-3.0
ridículo isso	-3.0
ridículos	-3.0
sem qualidade nenhuma	-3.0
serviço de quinta	-3.0
serviço porco	-3.0
soltou a costura	-3.0
soltou a pedra	-3.0
soltou a sola	-3.0
soltou tudo	-3.0
sumiu meu pedido	-3.0
sumiu minha encomenda	-3.0
tamanho errado	-3.0
trabalho porco	-3.0
trocaram meu pedido	-3.0
uma burla	-3.0
uma cilada	-3.0
uma furada	-3.0
veio amassada	-3.0
veio amassado	-3.0
veio com defeito	-3.0
veio danificada	-3.0
veio danificado	-3.0
veio defeituosa	-3.0
veio defeituoso	-3.0
veio destruído	-3.0
veio errada	-3.0
veio errado	-3.0
veio estragada	-3.0
veio estragado	-3.0
veio furada	-3.0
veio furado	-3.0
veio manchada	-3.0
veio manchado	-3.0
veio outra coisa	-3.0
veio outra cor	-3.0
veio outro modelo	-3.0
veio outro tamanho	-3.0
veio partida	-3.0
veio partido	-3.0
veio partido ao meio	-3.0
veio podre	-3.0
veio quebrada	-3.0
veio quebradas	-3.0
veio quebrado	-3.0
veio quebrados	-3.0
veio rasgada	-3.0
veio rasgado	-3.0
veio suja	-3.0
veio sujo	-3.0
veio trocada	-3.0
veio trocado	-3.0
veio tudo errado	-3.0
veio tudo quebrado	-3.0
veio usada	-3.0
veio usado	-3.0
veio vazia	-3.0
veio vazio	-3.0
veio violada	-3.0
veio violado	-3.0
vergonhosa	-3.0
vergonhosas	-3.0
vergonhoso	-3.0
vergonhosos	-3.0
zero estrelas	-3.0
zero qualidade	-3.0
abomináveis	-3.2
abominável	-3.2
absurdamente cara	-3.2
absurdamente caro	-3.2
acabamento horrível	-3.2
acabamento péssimo	-3.2
acabaram de perder um cliente	-3.2
acabaram de perder uma cliente	-3.2
arrependida de ter comprado	-3.2
arrependido de ter comprado	-3.2
asquerosa	-3.2
asqueroso	-3.2
atendimento horrível	-3.2
atendimento péssimo	-3.2
atendimento terrível	-3.2
avaliação péssima	-3.2
babaca	-3.2
babacas	-3.2
bosta	-3.2
bostas	-3.2
cagada	-3.2
cagaram	-3.2
caguei	-3.2
catástrofe	-3.2
catastrófica	-3.2
catastrófico	-3.2
cheiro horrível	-3.2
completamente decepcionada	-3.2
compra horrível	-3.2
cretina	-3.2
cretino	-3.2
cretinos	-3.2
cuidado com eles	-3.2
cuidado com essa loja	-3.2
cuidado com essa página	-3.2
cuidado com esse perfil	-3.2
cuidado com esta loja	-3.2
decepção	-3.2
decepção enorme	-3.2
decepção total	-3.2
decepcionada	-3.2
decepcionadas	-3.2
decepcionadíssima	-3.2
decepcionadíssimo	-3.2
decepcionado	-3.2
decepcionados	-3.2
decepcionante	-3.2
decepcionantes	-3.2
desastre	-3.2
desastrosa	-3.2
desastroso	-3.2
desgraça	-3.2
detestamos	-3.2
detestáveis	-3.2
detestável	-3.2
detestei	-3.2
detesto	-3.2
dinheiro no lixo	-3.2
direto pro lixo	-3.2
escroque	-3.2
escroques	-3.2
escrota	-3.2
escroto	-3.2
escrotos	-3.2
estou decepcionada	-3.2
estou decepcionado	-3.2
estúpida	-3.2
estúpidas	-3.2
estúpido	-3.2
estúpidos	-3.2
experiência horrível	-3.2
experiência péssima	-3.2
experiência terrível	-3.2
fiquei decepcionada	-3.2
fiquei decepcionado	-3.2
fiquem longe	-3.2
fiquem longe dessa loja	-3.2
foi a primeira e última	-3.2
foi a última vez	-3.2
foi para o lixo	-3.2
foi pro lixo	-3.2
furiosa	-3.2
furiosas	-3.2
furiosíssima	-3.2
furioso	-3.2
furiosos	-3.2
grande decepção	-3.2
horrenda	-3.2
horrendas	-3.2
horrendo	-3.2
horrendos	-3.2
horríveis	-3.2
horrível	-3.2
horrível qualidade	-3.2
horrivi	-3.2
horror	-3.2
horrorosa	-3.2
horrorosas	-3.2
horroroso	-3.2
horrorosos	-3.2
humilhação	-3.2
humilhada	-3.2
humilhado	-3.2
humilhante	-3.2
idiota	-3.2
idiotas	-3.2
imbecil	-3.2
imbecilidade	-3.2
imbecis	-3.2
incompetência	-3.2
incompetência total	-3.2
incompetente	-3.2
incompetentes	-3.2
indignação	-3.2
inferno	-3.2
insuportáveis	-3.2
insuportável	-3.2
intragável	-3.2
irresponsabilidade	-3.2
irresponsáveis	-3.2
irresponsável	-3.2
jamais compraria	-3.2
jamais compro	-3.2
jamais recomendaria	-3.2
jamais volto	-3.2
lixo	-3.2
lixos	-3.2
loja horrível	-3.2
loja lixo	-3.2
loja péssima	-3.2
maldita	-3.2
malditas	-3.2
maldito	-3.2
malditos	-3.2
material horrível	-3.2
me arrependi	-3.2
me arrependi amargamente	-3.2
me arrependi de comprar	-3.2
me arrependo	-3.2
me decepcionaram	-3.2
me decepcionei	-3.2
me decepcionou	-3.2
me sinto humilhada	-3.2
me sinto uma idiota	-3.2
medonha	-3.2
medonho	-3.2
merda	-3.2
merdas	-3.2
não caiam	-3.2
não caiam nessa	-3.2
não compraria de novo	-3.2
não compraria novamente	-3.2
não comprem	-3.2
não compro de novo	-3.2
não compro mais	-3.2
não compro mais aqui	-3.2
não compro mais com vocês	-3.2
não compro mais nessa loja	-3.2
não confiem	-3.2
não confio mais	-3.2
não dá para confiar	-3.2
não dá pra confiar	-3.2
não indico	-3.2
não indico a ninguém	-3.2
não recomendo	-3.2
não recomendo a ninguém	-3.2
não recomendo essa loja	-3.2
não recomendo esta loja	-3.2
não volto a comprar	-3.2
não volto mais	-3.2
nojenta	-3.2
nojentas	-3.2
nojento	-3.2
nojentos	-3.2
nojo	-3.2
nunca compraria	-3.2
nunca mais	-3.2
nunca mais cá compro	-3.2
nunca mais cá volto	-3.2
nunca mais compraria	-3.2
nunca mais compro	-3.2
nunca mais quero	-3.2
nunca mais volto	-3.2
nunca mais volto a comprar	-3.2
nunca mais volto aqui	-3.2
odeio	-3.2
odiamos	-3.2
odiando	-3.2
odiaram	-3.2
odiei	-3.2
ódio	-3.2
ódio mortal	-3.2
odiosa	-3.2
odioso	-3.2
orrível	-3.2
orrivel demais	-3.2
otária	-3.2
otárias	-3.2
otário	-3.2
otários	-3.2
parabéns pelo péssimo atendimento	-3.2
patética	-3.2
patéticas	-3.2
patético	-3.2
patéticos	-3.2
pavorosa	-3.2
pavoroso	-3.2
perderam a cliente	-3.2
perderam minha confiança	-3.2
perderam um cliente	-3.2
perderam uma cliente	-3.2
perdi a confiança	-3.2
perdi totalmente a confiança	-3.2
pesadelo	-3.2
pesima	-3.2
pesimo	-3.2
péssima	-3.2
péssima compra	-3.2
péssima experiência	-3.2
péssima loja	-3.2
péssima qualidade	-3.2
péssimas	-3.2
péssimo	-3.2
péssimo atendimento	-3.2
pessimo demais	-3.2
péssimo serviço	-3.2
péssimos	-3.2
pessimu	-3.2
porcaria	-3.2
porcarias	-3.2
preço abusivo	-3.2
primeira e última	-3.2
primeira e ultima compra	-3.2
primeira e última vez	-3.2
q ridículo	-3.2
qualidade de merda	-3.2
qualidade horrível	-3.2
qualidade lixo	-3.2
qualidade péssima	-3.2
qualidade péssima demais	-3.2
qualidade terrível	-3.2
que abuso	-3.2
que arrependimento	-3.2
que desastre	-3.2
que desgraça	-3.2
que ridículo	-3.2
repugnante	-3.2
repugnantes	-3.2
revoltada	-3.2
revoltadas	-3.2
revoltado	-3.2
revoltados	-3.2
serviço horrível	-3.2
serviço péssimo	-3.2
tecido horrível	-3.2
terríveis	-3.2
terrível	-3.2
to decepcionada	-3.2
totalmente decepcionada	-3.2
tragédia	-3.2
trágica	-3.2
trágico	-3.2
última vez que compro	-3.2
ultima vez que compro aqui	-3.2
um abuso	-3.2
um desastre	-3.2
um inferno	-3.2
um pesadelo	-3.2
uma desgraça	-3.2
agindo de má fé	-3.3
aldrabada	-3.3
aldrabado	-3.3
aldrabaram	-3.3
aldrabice	-3.3
aldrabices	-3.3
aplicando golpe	-3.3
aplicar golpe	-3.3
aplicaram golpe	-3.3
aplicou golpe	-3.3
burladas	-3.3
burlados	-3.3
burlaram	-3.3
burlou	-3.3
caí numa roubada	-3.3
calote	-3.3
calotes	-3.3
dando golpe	-3.3
dão golpe	-3.3
dar golpe	-3.3
de má fé	-3.3
deram calote	-3.3
desonesta	-3.3
desonestas	-3.3
desonestidade	-3.3
desonesto	-3.3
desonestos	-3.3
deu golpe	-3.3
é mentira	-3.3
enganam	-3.3
enganando	-3.3
enganaram	-3.3
enganosa	-3.3
enganosas	-3.3
enganoso	-3.3
enganosos	-3.3
enganou	-3.3
entrei numa roubada	-3.3
falsificação	-3.3
falsificada	-3.3
falsificadas	-3.3
falsificado	-3.3
falsificados	-3.3
foto enganosa	-3.3
fotos enganosas	-3.3
golpe	-3.3
golpe do pix	-3.3
golpes	-3.3
golpezinho	-3.3
intrujice	-3.3
má fé	-3.3
me sinto roubada	-3.3
me sinto roubado	-3.3
mentiram	-3.3
mentirosa	-3.3
mentirosas	-3.3
mentiroso	-3.3
mentirosos	-3.3
mentiu	-3.3
não é original	-3.3
não é original não	-3.3
não são originais	-3.3
picaretagem	-3.3
pilantragem	-3.3
produto falsificado	-3.3
que roubada	-3.3
roubada	-3.3
roubadas	-3.3
roubado	-3.3
roubados	-3.3
roubam	-3.3
roubando	-3.3
roubaram	-3.3
roubo	-3.3
roubos	-3.3
roubou	-3.3
safadeza	-3.3
só mentira	-3.3
só mentiras	-3.3
trafulhice	-3.3
trambique	-3.3
trambiques	-3.3
uma roubada	-3.3
vigarice	-3.3
vigarices	-3.3
a brincar comigo	-3.4
a gozar com a minha cara	-3.4
a gozar comigo	-3.4
ação judicial	-3.4
aldrabão	-3.4
aldrabões	-3.4
aldrabona	-3.4
andam a brincar comigo	-3.4
anúncio enganoso	-3.4
apresentar queixa	-3.4
atendimento de merda	-3.4
atendimento lixo	-3.4
bando de golpistas	-3.4
bando de ladrões	-3.4
brincando com a minha cara	-3.4
burlão	-3.4
burlões	-3.4
burlona	-3.4
caloteira	-3.4
caloteiro	-3.4
caloteiros	-3.4
cara de pau	-3.4
caradura	-3.4
caras de pau	-3.4
com raiva	-3.4
de brincadeira comigo	-3.4
denunciar essa página	-3.4
denunciar esse perfil	-3.4
descarada	-3.4
descaradas	-3.4
descarado	-3.4
descarados	-3.4
descaramento	-3.4
descaso com o cliente	-3.4
descaso com o consumidor	-3.4
descaso total	-3.4
desrespeito ao consumidor	-3.4
desrespeito com o cliente	-3.4
deviam ter vergonha	-3.4
é piada	-3.4
é roubo	-3.4
é um absurdo	-3.4
é uma palhaçada	-3.4
é uma piada	-3.4
empresa fantasma	-3.4
enganação	-3.4
essa merda	-3.4
essa porcaria	-3.4
está de brincadeira	-3.4
estão a gozar comigo	-3.4
estão de brincadeira	-3.4
estou puta	-3.4
estou puto	-3.4
falta de respeito	-3.4
falta de respeito com o cliente	-3.4
falta de respeito com o consumidor	-3.4
falta de vergonha	-3.4
falta de vergonha na cara	-3.4
ficaram com meu dinheiro	-3.4
fiz reclamação no livro	-3.4
fraude	-3.4
fraudes	-3.4
fraudulenta	-3.4
fraudulentas	-3.4
fraudulento	-3.4
fraudulentos	-3.4
golpista	-3.4
golpistas	-3.4
gozar com a cara	-3.4
intrujão	-3.4
intrujões	-3.4
isso é roubo	-3.4
isso é um absurdo	-3.4
isto é um roubo	-3.4
isto é uma vergonha	-3.4
já denunciei	-3.4
já paguei e nada	-3.4
já paguei e não chegou	-3.4
já paguei e não recebi	-3.4
juizado de pequenas causas	-3.4
juizado especial	-3.4
ladra	-3.4
ladrão	-3.4
ladras	-3.4
ladroagem	-3.4
ladroeira	-3.4
ladrões	-3.4
livro de reclamação	-3.4
livro de reclamações	-3.4
lixo de atendimento	-3.4
lixo de loja	-3.4
lixo total	-3.4
loja de merda	-3.4
loja fake	-3.4
loja falsa	-3.4
loja fantasma	-3.4
me enganou	-3.4
me fazendo de boba	-3.4
me fazendo de bobo	-3.4
me fazendo de idiota	-3.4
me fazendo de palhaça	-3.4
me fazendo de palhaço	-3.4
me fazendo de trouxa	-3.4
me fazer de palhaça	-3.4
me fazer de palhaço	-3.4
me fazer de trouxa	-3.4
me fizeram de idiota	-3.4
me fizeram de palhaça	-3.4
me fizeram de palhaço	-3.4
me fizeram de trouxa	-3.4
me roubou	-3.4
merda de loja	-3.4
muita raiva	-3.4
muita sacanagem	-3.4
na justiça	-3.4
página fake	-3.4
página falsa	-3.4
paguei e até agora nada	-3.4
paguei e nada	-3.4
paguei e nada chegou	-3.4
paguei e não chegou	-3.4
paguei e não recebi	-3.4
paguei e nunca recebi	-3.4
paguei e sumiram	-3.4
parabéns pela falta de respeito	-3.4
pegaram meu dinheiro e sumiram	-3.4
pequenas causas	-3.4
perfil fake	-3.4
perfil falso	-3.4
picareta	-3.4
picaretas	-3.4
pilantra	-3.4
pilantras	-3.4
porcaria de loja	-3.4
portal da queixa	-3.4
pouca vergonha	-3.4
processo judicial	-3.4
procon neles	-3.4
produto de merda	-3.4
propaganda enganosa	-3.4
publicidade enganosa	-3.4
puta da vida	-3.4
puto da vida	-3.4
q absurdo	-3.4
q absurdo isso	-3.4
q decepção	-3.4
q nojo	-3.4
q palhaçada	-3.4
q raiva	-3.4
q sacanagem	-3.4
q vergonha	-3.4
quanto descaso	-3.4
que absurdo	-3.4
que bosta	-3.4
que decepção	-3.4
que descaso	-3.4
que horror	-3.4
que lixo	-3.4
que merda	-3.4
que merda é essa	-3.4
que nojo	-3.4
que palhaçada	-3.4
que porcaria	-3.4
que raiva	-3.4
que sacanagem	-3.4
que vergonha	-3.4
queixa na deco	-3.4
quero o livro de reclamações	-3.4
recebem e somem	-3.4
recebeu e sumiu	-3.4
recebeu meu dinheiro e sumiu	-3.4
reclamação no livro	-3.4
reclamação no portal da queixa	-3.4
reclamação no procon	-3.4
reclamei no procon	-3.4
reclamei no reclame aqui	-3.4
roubalheira	-3.4
roubaram meu dinheiro	-3.4
roubo descarado	-3.4
safada	-3.4
safadas	-3.4
safado	-3.4
safados	-3.4
sem vergonha	-3.4
sem vergonhas	-3.4
semvergonha	-3.4
serviço de merda	-3.4
site fake	-3.4
site falso	-3.4
só pode ser brincadeira	-3.4
só pode ser piada	-3.4
sumiram com meu dinheiro	-3.4
tá de brincadeira	-3.4
tão de brincadeira	-3.4
tenham vergonha	-3.4
tenham vergonha na cara	-3.4
tirando com a cara	-3.4
tirando com a minha cara	-3.4
tirando sarro	-3.4
to puta	-3.4
tô puto	-3.4
trafulha	-3.4
trafulhas	-3.4
trambiqueira	-3.4
trambiqueiro	-3.4
trambiqueiros	-3.4
um absurdo	-3.4
um bando de ladrões	-3.4
um horror	-3.4
um lixo	-3.4
um lixo total	-3.4
um roubo	-3.4
uma bosta	-3.4
uma decepção	-3.4
uma merda	-3.4
uma palhaçada	-3.4
uma piada	-3.4
uma porcaria	-3.4
uma sacanagem	-3.4
uma vergonha	-3.4
vergonha alheia	-3.4
vergonha na cara	-3.4
vigarista	-3.4
vigaristas	-3.4
vocês deviam ter vergonha	-3.4
vou à deco	-3.4
vou abrir reclamação no procon	-3.4
vou acionar o procon	-3.4
vou ao livro de reclamações	-3.4
vou ao procon	-3.4
vou apresentar queixa	-3.4
vou deixar reclamação no livro	-3.4
vou denunciar	-3.4
vou denunciar a loja	-3.4
vou denunciar a página	-3.4
vou denunciar o perfil	-3.4
vou denunciar vocês	-3.4
vou expor no portal da queixa	-3.4
vou fazer queixa	-3.4
vou fazer queixa à deco	-3.4
vou no procon	-3.4
vou no reclame aqui	-3.4
vou pedir o livro de reclamações	-3.4
vou postar no reclame aqui	-3.4
vou pro procon	-3.4
vou pro reclame aqui	-3.4
zoando com a minha cara	-3.4
boletim de ocorrência	-3.6
caí no golpe	-3.6
caí num golpe	-3.6
canalha	-3.6
canalhas	-3.6
chamar a polícia	-3.6
desgraçada	-3.6
desgraçadas	-3.6
desgraçado	-3.6
desgraçados	-3.6
é crime	-3.6
é golpe	-3.6
estelionatária	-3.6
estelionatário	-3.6
estelionatários	-3.6
estelionato	-3.6
fazer um boletim de ocorrência	-3.6
fdp	-3.6
filha da puta	-3.6
filho da puta	-3.6
filhos da puta	-3.6
fui burlada	-3.6
fui burlado	-3.6
fui enganada	-3.6
fui enganada por vocês	-3.6
fui enganado	-3.6
fui enganado por vocês	-3.6
fui roubada	-3.6
fui roubado	-3.6
fujam	-3.6
fujam daqui	-3.6
fujam dessa loja	-3.6
fujam dessa página	-3.6
fujam desta loja	-3.6
golpe puro	-3.6
isso é crime	-3.6
isso é golpe	-3.6
lazarenta	-3.6
lazarento	-3.6
levei golpe	-3.6
levei um golpe	-3.6
loja golpista	-3.6
me enganaram	-3.6
me passaram a perna	-3.6
me roubaram	-3.6
não comprem aqui	-3.6
não comprem com eles	-3.6
não comprem nessa loja	-3.6
não comprem nesta loja	-3.6
nunca mais compro aqui	-3.6
nunca mais compro com vcs	-3.6
nunca mais compro com vocês	-3.6
nunca mais compro de vocês	-3.6
nunca mais compro nessa loja	-3.6
nunca mais compro nesta loja	-3.6
passem longe	-3.6
passem longe dessa loja	-3.6
pior atendimento	-3.6
pior atendimento do mundo	-3.6
pior atendimento que já tive	-3.6
pior compra	-3.6
pior compra da minha vida	-3.6
pior compra que já fiz	-3.6
pior empresa	-3.6
pior experiência	-3.6
pior experiência de compra	-3.6
pior loja	-3.6
pior loja do instagram	-3.6
pior loja do mundo	-3.6
pior loja que já comprei	-3.6
pior serviço	-3.6
pura enganação	-3.6
tnc	-3.6
vai à merda	-3.6
vai pro inferno	-3.6
vai se foder	-3.6
vai tomar no cu	-3.6
vão se foder	-3.6
vão tomar no cu	-3.6
vou acionar a justiça	-3.6
vou chamar a polícia	-3.6
vou entrar com processo	-3.6
vou entrar na justiça	-3.6
vou fazer um bo	-3.6
vou processar	-3.6
vou processar a loja	-3.6
vou processar vcs	-3.6
vou processar vocês	-3.6
vou te processar	-3.6
vsf	-3.6
vtnc	-3.6
que capricho	2.5
dias pra chegar	-1.5
nao caiu	-1.5
ate hoje	-1.0
jamais recomendo	-3.2
não gostei	-2.0
veio torto	-1.8
veio torta	-1.8
chegou torto	-1.8
torto	-1.2
já mandei	-1.2
alguém vai me responder	-1.8
vai me responder	-1.5
"""#
}
